package org.ecdp.logging.alert.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionOffset;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.control.SpikeDetection;
import org.ecdp.logging.trend.entity.LoggedEntry;
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
        assertThat(AlertRules.alarms(AlertRules.WORKING_DAYS, List.of(quiet, spike, future), THURSDAY)).containsExactly(spike);
    }

    @Test
    void onARarelyLoggedThemeTwoEntriesOnADayAlarmInC2ButOnlyThreeRaiseAnAlert() {
        // nothing for three weeks, then two entries on Monday 23 November and three on Wednesday 25
        List<LoggedEntry> entries = List.of(new LoggedEntry(LocalDate.of(2026, 11, 23), 1), new LoggedEntry(LocalDate.of(2026, 11, 23), 1),
                new LoggedEntry(LocalDate.of(2026, 11, 25), 1), new LoggedEntry(LocalDate.of(2026, 11, 25), 2),
                new LoggedEntry(LocalDate.of(2026, 11, 25), 1));
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<PeriodDetection> days = SpikeDetection.detect(entries, AlertRules.WORKING_DAYS, monday, THURSDAY);

        assertThat(days).filteredOn(PeriodDetection::alarm).extracting(PeriodDetection::period)
                .as("C2 itself, as R computes it, alarms on both days").contains(monday, LocalDate.of(2026, 11, 25));
        assertThat(days.get(0).upperBound()).as("an all-zero baseline: 0 + 3.09 x 0.5").isCloseTo(1.545, within(0.001));
        assertThat(AlertRules.alarms(AlertRules.WORKING_DAYS, days, THURSDAY)).extracting(PeriodDetection::period)
                .as("only the day with three entries reaches the officer").containsExactly(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theMinimumIsForWorkingDaysOnlyAWeeksAlarmStandsAsFarringtonGivesIt() {
        PeriodDetection week = new PeriodDetection(LocalDate.of(2026, 11, 16), 2, 0.2, 1.8, true);
        assertThat(AlertRules.raisesAlert(AlertRules.WEEKS, week)).isTrue();
        assertThat(AlertRules.raisesAlert(AlertRules.WORKING_DAYS, new PeriodDetection(LocalDate.of(2026, 11, 16), 2, 0.2, 1.8, true)))
                .isFalse();
    }

    @Test
    void weeksAreJudgedOnCountsUnlessTheThemeIsConfiguredPerVolume() {
        assertThat(AlertRules.weeksFor("TRANSPORT", null)).as("by default as always").isEqualTo(AlertRules.WEEKS);
        assertThat(AlertRules.WEEKS.offset()).isEqualTo(DetectionOffset.NONE);
        assertThat(AlertRules.weeksFor("TRANSPORT", "BENEFITS, HATE_CRIME")).isEqualTo(AlertRules.WEEKS);
        assertThat(AlertRules.weeksFor("TRANSPORT", "BENEFITS, transport")).isEqualTo(AlertRules.WEEKS_PER_VOLUME);
        assertThat(AlertRules.weeksFor("TRANSPORT", "*")).isEqualTo(AlertRules.WEEKS_PER_VOLUME);
        assertThat(AlertRules.WEEKS_PER_VOLUME.method()).isEqualTo(DetectionMethod.FARRINGTON);
        assertThat(AlertRules.WEEKS_PER_VOLUME.offset()).isEqualTo(DetectionOffset.VOLUME);
        assertThat(AlertRules.WEEKS_PER_VOLUME.alpha()).isEqualTo(AlertRules.WEEKS.alpha());
    }
}
