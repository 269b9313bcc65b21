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
import org.ecdp.logging.trend.entity.DetectionOffset;
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

    /**
     * The busy week of the R fixtures as dated entries: one entry per count of the theme, and
     * the scope's other entries making up the volume. Judged per volume through the dated path,
     * the busy week is not a spike and the figures are R's; on counts alone it is.
     */
    @Test
    void aBusyWeekIsNoSpikePerVolumeThroughTheDatedPath() {
        long[][] data = RFixture.seriesWithVolume("busy-A");
        LocalDate firstMonday = LocalDate.of(2022, 1, 3);
        List<LoggedEntry> theme = new ArrayList<>();
        List<LoggedEntry> volume = new ArrayList<>();
        for (int week = 0; week < data[0].length; week++) {
            LocalDate wednesday = firstMonday.plusWeeks(week).plusDays(2);
            if (data[0][week] > 0) {
                theme.add(new LoggedEntry(wednesday, (int) data[0][week], (int) data[0][week]));
            }
            if (data[1][week] > 0) {
                volume.add(new LoggedEntry(wednesday, (int) data[1][week], (int) data[1][week]));
            }
        }
        LocalDate busyWeek = firstMonday.plusWeeks(209);
        DetectionSettings plain = DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);
        DetectionSettings perVolume = plain.withOffset(DetectionOffset.VOLUME);

        List<PeriodDetection> counted = SpikeDetection.detect(theme, plain, busyWeek.minusWeeks(1), busyWeek);
        List<PeriodDetection> adjusted = SpikeDetection.detect(theme, volume, perVolume, busyWeek.minusWeeks(1), busyWeek);

        assertThat(counted).extracting(PeriodDetection::alarm).containsExactly(false, true);
        assertThat(adjusted).extracting(PeriodDetection::period).containsExactly(busyWeek.minusWeeks(1), busyWeek);
        assertThat(adjusted).extracting(PeriodDetection::alarm).containsExactly(false, false);
        Map<String, String> r = RFixture.read("farrington-offset-busy-A-noufaily.csv").rows().stream()
                .filter(row -> row.get("period").equals("209")).findFirst().orElseThrow();
        assertThat(adjusted.get(1).upperBound()).isCloseTo(RFixture.number(r.get("upperbound")), within(1e-6));
        assertThat(adjusted.get(1).expected()).isCloseTo(RFixture.number(r.get("expected")), within(1e-6));
    }

    @Test
    void onlyFarringtonTakesAVolumeAndOnlyVolumeIsAnOffset() {
        DetectionSettings c2 = DetectionSettings.of(DetectionMethod.EARS_C2, Interval.WEEK, null, null, null);
        assertThatThrownBy(() -> c2.withOffset(DetectionOffset.VOLUME)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(org.ecdp.domain.validation.FieldError::field)
                        .containsExactly("offset"));
        assertThatThrownBy(() -> DetectionOffset.ofParameter("people")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(org.ecdp.domain.validation.FieldError::field)
                        .containsExactly("offset"));
        assertThat(DetectionOffset.ofParameter(null)).isEqualTo(DetectionOffset.NONE);
        assertThat(DetectionOffset.ofParameter(" Volume ")).isEqualTo(DetectionOffset.VOLUME);
        DetectionSettings farrington = DetectionSettings.of(DetectionMethod.FARRINGTON, Interval.WEEK, null, null, null);
        assertThat(farrington.offset()).as("the default judges counts alone").isEqualTo(DetectionOffset.NONE);
        assertThat(farrington.plainName()).isEqualTo("weekly seasonal check");
        assertThat(farrington.withOffset(DetectionOffset.VOLUME).plainName())
                .isEqualTo("weekly seasonal check, given how many were heard that week");
    }
}
