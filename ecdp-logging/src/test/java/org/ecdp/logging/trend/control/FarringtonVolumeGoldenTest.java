package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecdp.logging.trend.entity.Detection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Volume-adjusted Farrington (a theme's weekly entries against the week's entries of all
 * themes) against R's surveillance::farringtonFlexible with {@code populationOffset = TRUE}
 * and API.md's Noufaily settings, on the fixtures of src/test/r/make-offset-fixtures.R: the
 * same expected values and thresholds to 1e-6, the same alarms, and no answer where R gives
 * none (a reference week with no volume at all).
 */
class FarringtonVolumeGoldenTest {

    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @CsvSource({"steady,noufaily", "steady,noufaily-nolimit", "seasonal,noufaily", "seasonal,noufaily-nolimit",
        "rare,noufaily", "rare,noufaily-nolimit", "closures,noufaily", "closures,noufaily-nolimit",
        "busy-A,noufaily", "busy-B,noufaily", "busy-C,noufaily", "busy-D,noufaily",
        "busy-A,noufaily-nolimit", "busy-B,noufaily-nolimit", "busy-C,noufaily-nolimit", "busy-D,noufaily-nolimit"})
    void volumeAdjustedThresholdsAndAlarmsMatchR(String series, String config) {
        long[][] data = RFixture.seriesWithVolume(series);
        FarringtonFlexibleDetector detector = detector(config);

        assertMatchesR(detector.detect(data[0], data[1], 0), "farrington-offset-" + series + "-" + config + ".csv");
    }

    @ParameterizedTest
    @CsvSource({"busy-A", "busy-B", "busy-C", "busy-D"})
    void withoutVolumeTheBusyWeekSeriesMatchRsPlainFarrington(String series) {
        long[][] data = RFixture.seriesWithVolume(series);

        assertMatchesR(FarringtonFlexibleDetector.noufaily().detect(data[0], null, 0),
                "farrington-offset-" + series + "-plain.csv");
    }

    /**
     * The week three times as many people were heard, every theme rose with them: counted
     * alone, all four themes alarm; per volume, none does, while each theme's expected value
     * rises with the week's volume.
     */
    @Test
    void aBusyWeekEverywhereAlarmsEveryThemeOnCountsAndNoThemePerVolume() {
        int busyWeek = 209;
        for (String theme : List.of("A", "B", "C", "D")) {
            long[][] data = RFixture.seriesWithVolume("busy-" + theme);
            assertThat(data[1][busyWeek]).isEqualTo(3 * 80);

            Detection counted = week(FarringtonFlexibleDetector.noufaily().detect(data[0], null, busyWeek), busyWeek);
            Detection perVolume = week(FarringtonFlexibleDetector.noufaily().detect(data[0], data[1], busyWeek), busyWeek);

            assertThat(counted.alarm()).as("theme %s on counts", theme).isTrue();
            assertThat(perVolume.alarm()).as("theme %s per volume", theme).isFalse();
            assertThat(perVolume.expected()).as("theme %s expects more in a busy week", theme)
                    .isGreaterThan(2 * counted.expected());
            assertThat(perVolume.observed()).isEqualTo(counted.observed()).isEqualTo(data[0][busyWeek]);
        }
    }

    /** A theme that rises on its own (more people than usual raise it, given how many were heard) still alarms. */
    @Test
    void aThemeRisingOnItsOwnStillAlarmsPerVolume() {
        long[][] data = RFixture.seriesWithVolume("steady");

        List<Detection> perVolume = FarringtonFlexibleDetector.noufaily().detect(data[0], data[1], 0);

        assertThat(perVolume).filteredOn(Detection::alarm).extracting(Detection::period).contains(199, 211);
    }

    @Test
    void aWeekWhoseReferenceWeeksHadNoVolumeIsNotJudged() {
        long[][] data = RFixture.seriesWithVolume("closures");

        List<Detection> perVolume = FarringtonFlexibleDetector.noufaily().detect(data[0], data[1], 0);

        assertThat(perVolume).extracting(Detection::period).doesNotContain(159, 216).contains(217, 224);
        assertThat(data[1][224]).isZero();
        assertThat(week(perVolume, 224).alarm()).isFalse();
    }

    @Test
    void aVolumeMustCoverTheSameWeeksAsTheCounts() {
        long[][] data = RFixture.seriesWithVolume("steady");
        long[] shorter = java.util.Arrays.copyOf(data[1], data[1].length - 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FarringtonFlexibleDetector.noufaily().detect(data[0], shorter, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FarringtonFlexibleDetector detector(String config) {
        FarringtonFlexibleDetector.Settings settings = FarringtonFlexibleDetector.Settings.noufaily();
        return new FarringtonFlexibleDetector(config.equals("noufaily-nolimit") ? settings.withLimit54(0, 4) : settings);
    }

    private static Detection week(List<Detection> detections, int period) {
        Optional<Detection> found = detections.stream().filter(d -> d.period() == period).findFirst();
        assertThat(found).as("week %d judged", period).isPresent();
        return found.orElseThrow();
    }

    /** Every week R judged is judged alike; a week R could not judge (NA) is absent. */
    private static void assertMatchesR(List<Detection> detections, String fixture) {
        List<Map<String, String>> rows = RFixture.read(fixture).rows();
        List<Map<String, String>> judged = rows.stream().filter(r -> !RFixture.isMissing(r.get("alarm"))).toList();
        assertThat(detections).extracting(Detection::period)
                .containsExactlyElementsOf(judged.stream().map(r -> Integer.parseInt(r.get("period"))).toList());
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            Map<String, String> r = judged.get(i);
            assertThat(detection.observed()).isEqualTo(Long.parseLong(r.get("observed")));
            assertThat(detection.alarm()).as("alarm at %d", detection.period())
                    .isEqualTo(Boolean.parseBoolean(r.get("alarm")));
            if (!RFixture.isMissing(r.get("upperbound"))) {
                assertThat(detection.upperBound()).as("threshold at %d", detection.period())
                        .isCloseTo(RFixture.number(r.get("upperbound")), within(TOLERANCE));
                assertThat(detection.expected()).as("expected at %d", detection.period())
                        .isCloseTo(RFixture.number(r.get("expected")), within(TOLERANCE));
            }
        }
    }
}
