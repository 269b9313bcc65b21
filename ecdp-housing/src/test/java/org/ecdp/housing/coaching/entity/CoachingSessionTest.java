package org.ecdp.housing.coaching.entity;

import org.ecdp.housing.coach.entity.Coach;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class CoachingSessionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate ENROLLED = TODAY.minusMonths(2);
    static final Coach COACH = new Coach("coach", 10);

    static List<FieldError> refused(CoachedTenant tenant, LocalDate on) {
        try {
            new CoachingSession(tenant, COACH, on, 45, Set.of(CoachingTopic.TENANCY), TODAY);
        } catch (InvalidInput invalid) {
            return invalid.errors();
        }
        throw new AssertionError("expected the session to be refused");
    }

    @Test
    void onlyTheTenantsOwnCoachLogsASessionAndNeverBeforeEnrolmentNorWithTheEnrolmentDateInTheMessage() {
        assertThat(new CoachingSession(new CoachedTenant(7, ENROLLED, true, "coach"), COACH, TODAY, 45, Set.of(CoachingTopic.TENANCY),
                TODAY).getParticipantId()).isEqualTo(7);
        assertThat(refused(new CoachedTenant(7, ENROLLED, true, "other"), TODAY)).extracting(FieldError::field).containsExactly("participant");
        assertThat(refused(new CoachedTenant(7, ENROLLED, false, null), TODAY)).extracting(FieldError::field).containsExactly("participant");
        List<FieldError> early = refused(new CoachedTenant(7, ENROLLED, true, "coach"), ENROLLED.minusDays(1));
        assertThat(early).extracting(FieldError::field).containsExactly("on");
        assertThat(early.get(0).message()).doesNotContain(ENROLLED.toString());
    }
}
