package org.ecdp.housing.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasureStatusTest {

    static final LocalDate ENROLLED = LocalDate.of(2026, 1, 15);
    static final LocalDate M3_DUE = LocalDate.of(2026, 4, 15);

    static MeasureStatus today(LocalDate today) {
        return MeasureStatus.of(Timepoint.M3, ENROLLED, null, null, today);
    }

    @Test
    void anUnrecordedMeasureIsNotYetDueThenDueThenLateThenMissingAtTheWindowsEdges() {
        assertThat(today(M3_DUE.minusDays(29))).isEqualTo(MeasureStatus.NOT_YET);
        assertThat(today(M3_DUE.minusDays(28))).isEqualTo(MeasureStatus.DUE);
        assertThat(today(M3_DUE)).isEqualTo(MeasureStatus.DUE);
        assertThat(today(M3_DUE.plusDays(1))).isEqualTo(MeasureStatus.LATE);
        assertThat(today(M3_DUE.plusDays(28))).isEqualTo(MeasureStatus.LATE);
        assertThat(today(M3_DUE.plusDays(29))).isEqualTo(MeasureStatus.MISSING);
        assertThat(today(M3_DUE.plusDays(29)).isFlagged()).isTrue();
        assertThat(today(M3_DUE.minusDays(29)).isFlagged()).isFalse();
    }

    @Test
    void aRecordedMeasureIsOnTimeInsideTheWindowAndFlaggedOutsideIt() {
        assertThat(MeasureStatus.of(Timepoint.M3, ENROLLED, M3_DUE.plusDays(28), null, M3_DUE.plusDays(60))).isEqualTo(MeasureStatus.ON_TIME);
        assertThat(MeasureStatus.of(Timepoint.M3, ENROLLED, M3_DUE.minusDays(28), null, M3_DUE)).isEqualTo(MeasureStatus.ON_TIME);
        assertThat(MeasureStatus.of(Timepoint.M3, ENROLLED, M3_DUE.plusDays(29), null, M3_DUE.plusDays(60)))
                .isEqualTo(MeasureStatus.OUT_OF_WINDOW);
        assertThat(MeasureStatus.of(Timepoint.M3, ENROLLED, M3_DUE.minusDays(29), null, M3_DUE)).isEqualTo(MeasureStatus.OUT_OF_WINDOW);
        assertThat(MeasureStatus.OUT_OF_WINDOW.isFlagged()).isTrue();
        assertThat(MeasureStatus.ON_TIME.isFlagged()).isFalse();
    }

    @Test
    void aWithdrawnTenantsUnrecordedMeasureIsNotChased() {
        assertThat(MeasureStatus.of(Timepoint.M12, ENROLLED, null, ENROLLED.plusMonths(2), ENROLLED.plusYears(2)))
                .isEqualTo(MeasureStatus.WITHDRAWN);
        assertThat(MeasureStatus.WITHDRAWN.isFlagged()).isFalse();
    }

    @Test
    void m12IsDueTwelveMonthsAfterEnrolment() {
        assertThat(MeasureStatus.of(Timepoint.M12, ENROLLED, null, null, LocalDate.of(2027, 1, 15))).isEqualTo(MeasureStatus.DUE);
        assertThat(MeasureStatus.of(Timepoint.M12, ENROLLED, null, null, LocalDate.of(2027, 2, 13))).isEqualTo(MeasureStatus.MISSING);
    }
}
