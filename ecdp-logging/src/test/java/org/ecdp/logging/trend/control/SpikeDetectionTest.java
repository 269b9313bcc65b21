package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class SpikeDetectionTest {

    private static final LocalDate SURGE_STARTS = LocalDate.of(2026, 3, 2); // a Monday

    /** Access to Work: two or three entries a working day, then a week of PAs stopped from driving. */
    private static List<LoggedEntry> accessToWorkStory() {
        List<LoggedEntry> entries = new ArrayList<>();
        LocalDate day = SURGE_STARTS.minusDays(70);
        for (int i = 0; day.isBefore(SURGE_STARTS); day = day.plusDays(1), i++) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (int e = 0; e < 2 + i % 2; e++) {
                    entries.add(new LoggedEntry(day, 1));
                }
            }
        }
        int[] surge = {6, 11, 14, 12, 15};
        for (int d = 0; d < surge.length; d++) {
            for (int e = 0; e < surge[d]; e++) {
                entries.add(new LoggedEntry(SURGE_STARTS.plusDays(d), 1));
            }
        }
        return entries;
    }

    @Test
    void theNightlyC2ScanAlarmsByTheSecondWorkingDayOfASurge() {
        DetectionSettings nightly = DetectionSettings.of(DetectionMethod.EARS_C2, Interval.DAY, 7, null, 0.5);

        List<PeriodDetection> detections = SpikeDetection.detect(accessToWorkStory(), nightly,
                SURGE_STARTS.minusDays(7), SURGE_STARTS.plusDays(4));

        assertThat(detections).extracting(PeriodDetection::period).first().isEqualTo(SURGE_STARTS.minusDays(7));
        assertThat(detections).hasSize(10);
        assertThat(detections).filteredOn(PeriodDetection::alarm).extracting(PeriodDetection::period).first()
                .matches(first -> !first.isAfter(SURGE_STARTS.plusDays(1)));
        assertThat(detections).filteredOn(d -> d.period().isBefore(SURGE_STARTS)).noneMatch(PeriodDetection::alarm);
    }

    @Test
    void historyBeforeFromIsLoadedSoTheFirstRequestedPeriodIsJudged() {
        DetectionSettings settings = DetectionSettings.of(DetectionMethod.EARS_C3, Interval.DAY, null, null, null);

        assertThat(SpikeDetection.firstDayNeeded(settings, SURGE_STARTS))
                .isEqualTo(Interval.DAY.firstDayOf(Interval.DAY.plus(SURGE_STARTS, -11)));
        assertThat(SpikeDetection.detect(accessToWorkStory(), settings, SURGE_STARTS, SURGE_STARTS.plusDays(4)))
                .extracting(PeriodDetection::period).first().isEqualTo(SURGE_STARTS);
    }

    @Test
    void farringtonNeedsThreeYearsOfWeeksBefore() {
        DetectionSettings settings = DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);

        assertThat(settings.alpha()).isEqualTo(0.05);
        assertThat(SpikeDetection.firstDayNeeded(settings, SURGE_STARTS)).isEqualTo(SURGE_STARTS.minusWeeks(159));
    }

    @Test
    void badParametersNameTheirFields() {
        assertThatThrownBy(() -> DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.DAY, 2, 0.7, -1.0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("baseline", "alpha", "minSigma", "interval"));
        assertThatThrownBy(() -> DetectionMethod.ofCode("ears-c4")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Interval.ofCode("month")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void defaultsAreThoseOfTheApi() {
        DetectionSettings c1 = DetectionSettings.of(DetectionMethod.ofCode("ears-c1"), Interval.ofCode("day"), null,
                null, null);
        DetectionSettings c3 = DetectionSettings.of(DetectionMethod.ofCode("ears-c3"), Interval.ofCode("week"), null,
                null, null);

        assertThat(c1).isEqualTo(new DetectionSettings(DetectionMethod.EARS_C1, Interval.DAY, 7, 0.001, 0));
        assertThat(c3.alpha()).isEqualTo(0.025);
    }

    @Test
    void farringtonOnDatedWeeksGivesRsNumbersForTheRequestedWeeks() {
        long[] counts = RFixture.series("seasonal");
        LocalDate firstMonday = LocalDate.of(2021, 1, 4);
        List<LoggedEntry> entries = new ArrayList<>();
        for (int week = 0; week < counts.length; week++) {
            for (int e = 0; e < counts[week]; e++) {
                entries.add(new LoggedEntry(firstMonday.plusWeeks(week).plusDays(e % 7), 1 + e % 3));
            }
        }
        DetectionSettings weekly = DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);
        LocalDate from = firstMonday.plusWeeks(200).plusDays(2);

        List<PeriodDetection> detections = SpikeDetection.detect(entries, weekly, from, firstMonday.plusWeeks(209));

        List<Map<String, String>> r = RFixture.read("farrington-seasonal-noufaily.csv").rows();
        Map<String, String> week200 = r.stream().filter(row -> row.get("period").equals("200")).findFirst()
                .orElseThrow();
        assertThat(detections).hasSize(10);
        assertThat(detections.get(0).period()).isEqualTo(firstMonday.plusWeeks(200));
        assertThat(detections.get(0).observed()).isEqualTo(counts[200]);
        assertThat(detections.get(0).upperBound())
                .isCloseTo(RFixture.number(week200.get("upperbound")), within(1e-6));
    }
}
