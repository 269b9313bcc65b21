package org.ecdp.logging.alert.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    // 2026-11-26 is a Thursday
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    @Test
    void workingDaysAreJudgedWithC2OnABaselineOfSevenAndMinSigmaHalf() {
        assertThat(AlertRules.WORKING_DAYS.method()).isEqualTo(DetectionMethod.EARS_C2);
        assertThat(AlertRules.WORKING_DAYS.interval()).isEqualTo(Interval.DAY);
        assertThat(AlertRules.WORKING_DAYS.baseline()).isEqualTo(7);
        assertThat(AlertRules.WORKING_DAYS.minSigma()).isEqualTo(0.5);
        assertThat(AlertRules.WORKING_DAYS.alpha()).isEqualTo(0.001);
        assertThat(AlertRules.WEEKS.method()).isEqualTo(DetectionMethod.FARRINGTON);
        assertThat(AlertRules.WEEKS.interval()).isEqualTo(Interval.WEEK);
    }

    @Test
    void anEntryUnderASubThemeAlsoTouchesItsParentButNotItsSiblings() {
        Theme benefits = new Theme("BENEFITS", "Benefits", null);
        Theme accessToWork = new Theme("ACCESS_TO_WORK", "Access to Work", benefits);
        Theme transport = new Theme("TRANSPORT", "Transport", null);
        assertThat(AlertRules.touchedBy(Set.of(accessToWork))).containsExactlyInAnyOrder(accessToWork, benefits);
        assertThat(AlertRules.touchedBy(Set.of(transport))).containsExactly(transport);
    }

    @Test
    void aWeekendEntryIsJudgedOnTheMondayAfterButNotBeforeThatMondayHasCome() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertThat(AlertRules.workingDayToJudge(saturday, THURSDAY)).contains(LocalDate.of(2026, 11, 23));
        LocalDate nextSaturday = LocalDate.of(2026, 11, 28);
        assertThat(AlertRules.workingDayToJudge(nextSaturday, nextSaturday)).isEmpty();
        assertThat(AlertRules.workingDayToJudge(THURSDAY, THURSDAY)).contains(THURSDAY);
    }

    @Test
    void theNightlyScanJudgesTheLastTenWorkingDaysAndFourWeeks() {
        assertThat(AlertRules.nightlyFirstWorkingDay(THURSDAY)).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(AlertRules.nightlyFirstWorkingDay(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(AlertRules.nightlyFirstWeek(THURSDAY)).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void farringtonRunsOnlyWhereTheThemeHasTwoYearsOfHistoryBeforeTheWeek() {
        LocalDate week = LocalDate.of(2026, 11, 23);
        assertThat(AlertRules.hasTwoYearsOfHistory(Optional.empty(), week)).isFalse();
        assertThat(AlertRules.hasTwoYearsOfHistory(Optional.of(LocalDate.of(2024, 11, 25)), week)).isTrue();
        assertThat(AlertRules.hasTwoYearsOfHistory(Optional.of(LocalDate.of(2024, 11, 26)), week)).isFalse();
        assertThat(AlertRules.hasTwoYearsOfHistory(Optional.of(LocalDate.of(2020, 1, 1)), week)).isTrue();
    }

    @Test
    void onlyAlarmsInPeriodsThatHaveStartedRaiseAlerts() {
        PeriodDetection quiet = new PeriodDetection(LocalDate.of(2026, 11, 24), 2, 2, 4.5, false);
        PeriodDetection spike = new PeriodDetection(LocalDate.of(2026, 11, 25), 9, 2, 4.5, true);
        PeriodDetection future = new PeriodDetection(LocalDate.of(2026, 11, 30), 9, 2, 4.5, true);
        assertThat(AlertRules.alarms(List.of(quiet, spike, future), THURSDAY)).containsExactly(spike);
    }
}
