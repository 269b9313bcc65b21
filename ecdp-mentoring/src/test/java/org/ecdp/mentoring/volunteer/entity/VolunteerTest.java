package org.ecdp.mentoring.volunteer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.AvailabilitySlot;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolunteerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static VolunteerDraft draft(Integer capacity, List<String> skills, String dbsLevel, LocalDate dbsIssuedOn) {
        return new VolunteerDraft("Aisha Khan", "aisha@example.org", "01245 600000", "CHELMSFORD", true, 15, capacity,
                skills, List.of("EN", "bsl"), List.of("SENSORY_HEARING"), List.of("MON_AM", "TUE_EVE"), List.of("STEP_FREE"),
                dbsLevel, dbsIssuedOn, true, TODAY.minusMonths(2), null);
    }

    @Test
    void aCompleteDraftBecomesAnActiveVolunteerThatMatchingSeesWithoutContactDetails() {
        Volunteer v = new Volunteer(draft(2, List.of("SKILLS", "MONEY_MANAGEMENT"), "ENHANCED_BARRED_ADULTS", TODAY.minusYears(1)),
                "coordinator", Instant.EPOCH, TODAY);
        assertThat(v.getStatus()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(v.getLanguages()).containsExactly("en", "bsl");
        assertThat(v.getAvailability()).containsExactlyInAnyOrder(AvailabilitySlot.MON_AM, AvailabilitySlot.TUE_EVE);
        VolunteerProfile profile = v.profile(1);
        assertThat(profile.freePlaces()).isEqualTo(1);
        assertThat(profile.skills()).containsExactlyInAnyOrder(Goal.SKILLS, Goal.MONEY_MANAGEMENT);
        assertThat(profile.dbs().level()).isEqualTo(DbsLevel.ENHANCED_BARRED_ADULTS);
        assertThat(profile.dbs().updateService()).isTrue();
    }

    @Test
    void aRevisionChangesTheDetailsButNotWhoRegisteredThemAndABadOneChangesNothing() {
        Volunteer v = new Volunteer(draft(2, List.of("SKILLS"), null, null), "coordinator", Instant.EPOCH, TODAY);
        VolunteerDraft evenings = new VolunteerDraft("Aisha Khan", null, null, "BASILDON", false, 5, 3, List.of("SOCIAL"), List.of("en"),
                List.of(), List.of("TUE_EVE", "THU_EVE"), List.of(), null, null, false, null, "PAUSED");
        v.revise(evenings, TODAY);
        assertThat(v.getAvailability()).containsExactlyInAnyOrder(AvailabilitySlot.TUE_EVE, AvailabilitySlot.THU_EVE);
        assertThat(v.getCapacity()).isEqualTo(3);
        assertThat(v.getStatus()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(v.getEmail()).isNull();
        assertThat(v.getCreatedBy()).isEqualTo("coordinator");
        assertThat(v.getCreatedAt()).isEqualTo(Instant.EPOCH);

        assertThatThrownBy(() -> v.revise(draft(9, List.of("SKILLS"), null, null), TODAY)).isInstanceOf(InvalidInput.class);
        assertThat(v.getCapacity()).as("a refused revision changes nothing").isEqualTo(3);
        assertThat(v.getAvailability()).containsExactlyInAnyOrder(AvailabilitySlot.TUE_EVE, AvailabilitySlot.THU_EVE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 6})
    void capacityOutsideOneToFiveIsRefusedNamingTheField(int capacity) {
        assertThatThrownBy(() -> new Volunteer(draft(capacity, List.of("SKILLS"), null, null), "c", Instant.EPOCH, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("capacity"));
    }

    @Test
    void everyProblemIsNamedTogether() {
        VolunteerDraft bad = new VolunteerDraft(" ", "not-an-email", null, "NARNIA", false, -3, null, List.of("JUGGLING"),
                List.of("english"), List.of("TALL"), List.of("MON_NIGHT"), List.of(), "PLATINUM", TODAY.plusDays(1), false,
                TODAY.plusDays(3), "RETIRED");
        assertThatThrownBy(() -> new Volunteer(bad, "c", Instant.EPOCH, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("name", "email", "district", "travelKm", "capacity", "skills", "languages", "livedExperience",
                                "availability", "dbs.level", "dbs.issuedOn", "trainingCompletedOn", "status"));
    }

    @Test
    void aCertificateIssuedInTheFutureIsRefused() {
        assertThatThrownBy(() -> new Volunteer(draft(1, List.of("SKILLS"), "ENHANCED", TODAY.plusDays(1)), "c", Instant.EPOCH, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("dbs.issuedOn"));
    }

    @Test
    void aCertificateNeedsBothItsLevelAndItsDate() {
        assertThatThrownBy(() -> new Volunteer(draft(1, List.of("SKILLS"), "ENHANCED", null), "c", Instant.EPOCH, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("dbs.issuedOn"));
    }
}
