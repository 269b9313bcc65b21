package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.ecdp.logging.trend.entity.Detection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Farrington flexible against R's surveillance::farringtonFlexible with API.md's Noufaily
 * settings on the golden fixtures (see src/test/r/make-detection-fixtures.R): the same
 * expected values and thresholds to 1e-6 and the same alarms. R hides both values where
 * the limit54 rule fails, so a second R run with limit54 = c(0, 4) supplies them for every
 * week.
 */
class FarringtonFlexibleDetectorGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"sparse", "seasonal", "spikes", "zeros", "trend", "newtheme"})
    void thresholdsAndAlarmsMatchR(String series) {
        long[] counts = RFixture.series(series);
        List<Detection> detections = FarringtonFlexibleDetector.noufaily().detect(counts);
        List<Map<String, String>> withLimit = RFixture.read("farrington-" + series + "-noufaily.csv").rows();

        assertThat(detections).hasSameSizeAs(withLimit);
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            Map<String, String> r = withLimit.get(i);
            assertThat(detection.period()).isEqualTo(Integer.parseInt(r.get("period")));
            assertThat(detection.alarm()).as("alarm at %d", detection.period())
                    .isEqualTo(Boolean.parseBoolean(r.get("alarm")));
            if (!RFixture.isMissing(r.get("upperbound"))) {
                assertThat(detection.upperBound()).as("threshold at %d", detection.period())
                        .isCloseTo(RFixture.number(r.get("upperbound")), within(1e-6));
                assertThat(detection.expected()).as("expected at %d", detection.period())
                        .isCloseTo(RFixture.number(r.get("expected")), within(1e-6));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparse", "seasonal", "spikes", "zeros", "trend", "newtheme"})
    void everyWeekHasRsThresholdEvenWhereTheFiveInFourRuleHidesIt(String series) {
        long[] counts = RFixture.series(series);
        List<Detection> detections = new FarringtonFlexibleDetector(
                FarringtonFlexibleDetector.Settings.noufaily().withLimit54(0, 4)).detect(counts);
        List<Map<String, String>> noLimit = RFixture.read("farrington-" + series + "-noufaily-nolimit.csv").rows();

        assertThat(detections).hasSameSizeAs(noLimit);
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            Map<String, String> r = noLimit.get(i);
            assertThat(detection.upperBound()).as("threshold at %d", detection.period())
                    .isCloseTo(RFixture.number(r.get("upperbound")), within(1e-6));
            assertThat(detection.expected()).as("expected at %d", detection.period())
                    .isCloseTo(RFixture.number(r.get("expected")), within(1e-6));
            assertThat(detection.alarm()).as("alarm at %d", detection.period())
                    .isEqualTo(Boolean.parseBoolean(r.get("alarm")));
        }
    }

    /**
     * Other reference data than Noufaily's, against R with the same settings (limit54 = c(0, 4), so
     * every week has R's numbers): two years of 5-week windows, 3 seasonal blocks between them and
     * only the last 4 weeks left out; and three years of 3-week windows alone (noPeriods = 1), α 0.01.
     */
    @ParameterizedTest
    @CsvSource({
        "sparse, b2-w2-p4-past4", "seasonal, b2-w2-p4-past4", "spikes, b2-w2-p4-past4", "zeros, b2-w2-p4-past4",
        "trend, b2-w2-p4-past4", "newtheme, b2-w2-p4-past4",
        "sparse, b3-w1-p1", "seasonal, b3-w1-p1", "spikes, b3-w1-p1", "zeros, b3-w1-p1", "trend, b3-w1-p1",
        "newtheme, b3-w1-p1"})
    void otherWindowsAndBlocksMatchR(String series, String config) {
        FarringtonFlexibleDetector.Settings n = FarringtonFlexibleDetector.Settings.noufaily();
        FarringtonFlexibleDetector.Settings settings = config.equals("b3-w1-p1")
                ? new FarringtonFlexibleDetector.Settings(3, 1, 1, 26, n.weightsThreshold(), true,
                        n.pThresholdTrend(), 0.01, 0, 4, 52)
                : new FarringtonFlexibleDetector.Settings(2, 2, 4, 4, n.weightsThreshold(), true,
                        n.pThresholdTrend(), n.alpha(), 0, 4, 52);
        long[] counts = RFixture.series(series);
        int first = 52 * 3 + 3; // the fixtures' first period, as for the Noufaily settings
        List<Detection> detections = new FarringtonFlexibleDetector(settings).detect(counts, first);
        List<Map<String, String>> r = RFixture.read("farrington-" + series + "-" + config + ".csv").rows();

        assertThat(detections).hasSameSizeAs(r);
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            Map<String, String> row = r.get(i);
            assertThat(detection.period()).isEqualTo(Integer.parseInt(row.get("period")));
            assertThat(detection.expected()).as("expected at %d", detection.period())
                    .isCloseTo(RFixture.number(row.get("expected")), within(1e-6));
            assertThat(detection.upperBound()).as("threshold at %d", detection.period())
                    .isCloseTo(RFixture.number(row.get("upperbound")), within(1e-6));
            assertThat(detection.alarm()).as("alarm at %d", detection.period())
                    .isEqualTo(Boolean.parseBoolean(row.get("alarm")));
        }
    }
}
