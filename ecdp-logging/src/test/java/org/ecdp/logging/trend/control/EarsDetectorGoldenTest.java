package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ecdp.logging.trend.entity.Detection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EARS against R's surveillance::earsC on the golden fixtures (see
 * src/test/r/make-detection-fixtures.R): C1 and C2 give R's upper bounds to 1e-9 and its
 * alarms exactly; C3 follows API.md's definition (computed in the fixture script from R's
 * own baselines) and raises every alarm R raises.
 */
class EarsDetectorGoldenTest {

    private static final List<String> SERIES = List.of("sparse", "seasonal", "spikes", "zeros", "trend", "workingdays", "newtheme");

    private static final Map<String, EarsDetector> C1_C2 = Map.of(
            "c1", EarsDetector.c1(7, 0.001, 0),
            "c2", EarsDetector.c2(7, 0.001, 0),
            "c1-b10-a0.05-s1", EarsDetector.c1(10, 0.05, 1),
            "c2-b7-s0.5", EarsDetector.c2(7, 0.001, 0.5));

    private static final Map<String, EarsDetector> C3 = Map.of(
            "c3", EarsDetector.c3(7, 0.025, 0),
            "c3-b5-a0.01-s0.5", EarsDetector.c3(5, 0.01, 0.5));

    private static final Map<String, Double> C3_ALPHA = Map.of("c3", 0.025, "c3-b5-a0.01-s0.5", 0.01);

    static Stream<Arguments> c1AndC2() {
        return SERIES.stream().flatMap(series -> C1_C2.keySet().stream().map(config -> Arguments.of(series, config)));
    }

    static Stream<Arguments> c3() {
        return SERIES.stream().flatMap(series -> C3.keySet().stream().map(config -> Arguments.of(series, config)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("c1AndC2")
    void c1AndC2MatchR(String series, String config) {
        List<Map<String, String>> expected = RFixture.read("ears-" + series + "-" + config + ".csv").rows();
        List<Detection> detections = C1_C2.get(config).detect(RFixture.series(series));

        assertThat(detections).hasSameSizeAs(expected);
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            Map<String, String> r = expected.get(i);
            assertThat(detection.period()).isEqualTo(Integer.parseInt(r.get("period")));
            assertThat(detection.observed()).isEqualTo(Long.parseLong(r.get("observed")));
            assertThat(detection.upperBound()).as("upper bound at %d", detection.period())
                    .isCloseTo(RFixture.number(r.get("upperbound")), within(1e-9));
            assertThat(detection.alarm()).as("alarm at %d", detection.period())
                    .isEqualTo(Boolean.parseBoolean(r.get("alarm")));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("c3")
    void c3FollowsTheDocumentedDefinitionAndRaisesEveryAlarmRRaises(String series, String config) {
        List<Map<String, String>> expected = RFixture.read("ears-" + series + "-" + config + ".csv").rows();
        List<Detection> detections = C3.get(config).detect(RFixture.series(series));
        double z = new NormalDistribution().inverseCumulativeProbability(1 - C3_ALPHA.get(config));

        assertThat(detections).hasSameSizeAs(expected);
        int compared = 0;
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            Map<String, String> r = expected.get(i);
            assertThat(detection.period()).isEqualTo(Integer.parseInt(r.get("period")));
            if (!RFixture.isMissing(r.get("documentedStatistic"))) {
                compared++;
                assertThat(detection.alarm()).as("alarm at %d", detection.period())
                        .isEqualTo(RFixture.number(r.get("documentedStatistic")) > z);
            }
            if (!RFixture.isMissing(r.get("documentedUpperbound"))) {
                assertThat(detection.upperBound()).as("upper bound at %d", detection.period())
                        .isCloseTo(RFixture.number(r.get("documentedUpperbound")), within(1e-9));
            }
            if ("TRUE".equals(r.get("alarm"))) {
                assertThat(detection.alarm()).as("R alarms at %d", detection.period()).isTrue();
            }
        }
        assertThat(compared).as("periods where R defines C3 (it gives NaN on a flat baseline)").isPositive();
    }
}
