package org.ecdp.mentoring.request.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.ImpairmentGroup;
import org.ecdp.mentoring.matching.entity.AccessNeed;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.WaitingRequest;
import org.junit.jupiter.api.Test;

class MentoringRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aRequestIsKeptUnderItsReferenceAndWaitsFromItsReferralDate() {
        MentoringRequest r = new MentoringRequest(new RequestDraft("mr-1001", "BASILDON", true, List.of("COLLEGE_COURSE", "CONFIDENCE"),
                List.of("bsl", "en"), "SENSORY_HEARING", List.of("WED_PM"), List.of("BSL"), TODAY.minusDays(40), null),
                null, "coordinator", Instant.EPOCH, TODAY);
        assertThat(r.getRef()).isEqualTo("MR-1001");
        assertThat(r.daysWaitingOn(TODAY)).isEqualTo(40);
        WaitingRequest w = r.waiting();
        assertThat(w.goals()).containsExactlyInAnyOrder(Goal.COLLEGE_COURSE, Goal.CONFIDENCE);
        assertThat(w.languages()).as("the first language is the preferred one").containsExactly("bsl", "en");
        assertThat(w.sharedExperience()).isEqualTo(ImpairmentGroup.SENSORY_HEARING);
        assertThat(w.accessNeeds()).containsExactly(AccessNeed.BSL);
    }

    @Test
    void unknownCodesAFutureReferralAndANameInsteadOfAReferenceAreRefusedTogether() {
        RequestDraft bad = new RequestDraft("Mrs Smith", "ATLANTIS", false, List.of("FLYING"), List.of("en"), "GRUMPY",
                List.of("XYZ"), List.of("TELEPATHY"), TODAY.plusDays(1), null);
        assertThatThrownBy(() -> new MentoringRequest(bad, null, "c", Instant.EPOCH, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("ref", "district", "goals", "sharedExperience", "availability", "accessNeeds", "referredOn"));
    }

    @Test
    void atLeastOneGoalIsNeeded() {
        RequestDraft none = new RequestDraft("MR-1", "BASILDON", false, List.of(), null, null, null, null, TODAY, null);
        assertThatThrownBy(() -> new MentoringRequest(none, null, "c", Instant.EPOCH, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("goals"));
    }
}
