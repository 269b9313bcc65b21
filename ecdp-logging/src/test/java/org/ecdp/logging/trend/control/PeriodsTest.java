package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.ecdp.logging.trend.entity.PeriodCount;
import org.ecdp.logging.trend.entity.ThemeSeries;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    @Test
    void weekendEntriesCountOnTheFollowingMondayAndWeekendsAreNoPeriods() {
        ThemeSeries series = Periods.series(List.of(
                new LoggedEntry(FRIDAY, 1),
                new LoggedEntry(SATURDAY, 2),
                new LoggedEntry(SUNDAY, 1),
                new LoggedEntry(MONDAY, 3)), Interval.DAY, FRIDAY, TUESDAY);

        assertThat(series.periods()).containsExactly(
                new PeriodCount(FRIDAY, 1, 1),
                new PeriodCount(MONDAY, 3, 6),
                new PeriodCount(TUESDAY, 0, 0));
    }

    @Test
    void weeksAreIsoWeeksNamedByTheirMondayWithEmptyWeeksPresent() {
        ThemeSeries series = Periods.series(List.of(
                new LoggedEntry(LocalDate.of(2026, 3, 4), 1),
                new LoggedEntry(SUNDAY, 4),
                new LoggedEntry(LocalDate.of(2026, 3, 18), 2)), Interval.WEEK, LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 19));

        assertThat(series.periods()).containsExactly(
                new PeriodCount(LocalDate.of(2026, 3, 2), 2, 5),
                new PeriodCount(MONDAY, 0, 0),
                new PeriodCount(LocalDate.of(2026, 3, 16), 1, 2));
        assertThat(series.entries()).containsExactly(2, 0, 1);
        assertThat(series.people()).containsExactly(5, 0, 2);
    }

    @Test
    void entriesOutsideTheRangeAreNotCounted() {
        ThemeSeries series = Periods.series(List.of(
                new LoggedEntry(LocalDate.of(2026, 3, 3), 1),
                new LoggedEntry(LocalDate.of(2026, 3, 11), 1)), Interval.DAY, FRIDAY, TUESDAY);

        assertThat(series.entries()).containsExactly(0, 0, 0);
    }

    @Test
    void aRangeStartingOnAMondayAlsoCountsTheWeekendBefore() {
        assertThat(Periods.firstDayCounted(Interval.DAY, MONDAY)).isEqualTo(SATURDAY);
        assertThat(Periods.firstDayCounted(Interval.DAY, SUNDAY)).isEqualTo(SATURDAY);
        assertThat(Periods.lastDayCounted(Interval.DAY, SUNDAY)).isEqualTo(FRIDAY);
        assertThat(Periods.firstDayCounted(Interval.WEEK, TUESDAY)).isEqualTo(MONDAY);
        assertThat(Periods.lastDayCounted(Interval.WEEK, TUESDAY)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void workingDaysStepOverWeekendsBothWays() {
        assertThat(Interval.DAY.plus(FRIDAY, 1)).isEqualTo(MONDAY);
        assertThat(Interval.DAY.plus(MONDAY, -1)).isEqualTo(FRIDAY);
        assertThat(Interval.DAY.plus(TUESDAY, -12)).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(Interval.DAY.periodsBetween(LocalDate.of(2026, 2, 20), TUESDAY)).isEqualTo(12);
        assertThat(Interval.DAY.periodsBetween(TUESDAY, LocalDate.of(2026, 2, 20))).isEqualTo(-12);
        assertThat(Interval.WEEK.periodsBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1))).isEqualTo(52);
    }
}
