package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ecdp.logging.trend.entity.Detection;
import org.junit.jupiter.api.Test;

class EarsDetectorTest {

    private static final double Z_0_001 = 3.090232306167813;

    @Test
    void c1JudgesAPeriodAgainstTheSevenBefore() {
        long[] counts = {2, 4, 2, 4, 2, 4, 2, 20};

        List<Detection> detections = EarsDetector.c1(7, 0.001, 0).detect(counts);

        assertThat(detections).hasSize(1);
        Detection detection = detections.get(0);
        assertThat(detection.period()).isEqualTo(7);
        assertThat(detection.expected()).isCloseTo(20.0 / 7, within(1e-12));
        double mean = 20.0 / 7;
        double squares = 0;
        for (int i = 0; i < 7; i++) {
            squares += (counts[i] - mean) * (counts[i] - mean);
        }
        assertThat(detection.upperBound()).isCloseTo(mean + Z_0_001 * Math.sqrt(squares / 6), within(1e-9));
        assertThat(detection.alarm()).isTrue();
    }

    @Test
    void c2LeavesATwoPeriodGapSoABuildingRiseIsNotItsOwnBaseline() {
        long[] counts = {1, 1, 1, 1, 1, 1, 1, 6, 9, 12};

        Detection c1 = EarsDetector.c1(7, 0.001, 0.5).detect(counts).get(2);
        Detection c2 = EarsDetector.c2(7, 0.001, 0.5).detect(counts).get(0);

        assertThat(c1.period()).isEqualTo(9);
        assertThat(c1.alarm()).isFalse();
        assertThat(c2.period()).isEqualTo(9);
        assertThat(c2.expected()).isEqualTo(1.0);
        assertThat(c2.upperBound()).isCloseTo(1 + Z_0_001 * 0.5, within(1e-12));
        assertThat(c2.alarm()).isTrue();
    }

    @Test
    void minSigmaStopsASingleEntryOnAQuietThemeFromAlarming() {
        long[] quiet = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

        assertThat(EarsDetector.c2(7, 0.001, 0).detect(quiet).get(0).alarm()).isTrue();
        assertThat(EarsDetector.c2(7, 0.001, 0.5).detect(quiet).get(0).alarm()).isFalse();
    }

    @Test
    void c3OnAFlatBaselineAlarmsOnAnyRiseAndItsUpperBoundIsTheFlatLevel() {
        long[] counts = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
        long[] rising = counts.clone();
        rising[11] = 3;

        Detection flat = EarsDetector.c3(7, 0.025, 0).detect(counts).get(0);
        Detection rise = EarsDetector.c3(7, 0.025, 0).detect(rising).get(0);

        assertThat(flat.period()).isEqualTo(11);
        assertThat(flat.upperBound()).isEqualTo(2.0);
        assertThat(flat.alarm()).isFalse();
        assertThat(rise.alarm()).isTrue();
    }

    @Test
    void c3UpperBoundIsTheSmallestCountThatAlarms() {
        long[] counts = {3, 5, 2, 4, 6, 3, 4, 5, 2, 5, 4, 0};
        EarsDetector c3 = EarsDetector.c3(7, 0.025, 0);
        double upperBound = c3.detect(counts).get(0).upperBound();
        assertThat(upperBound).isBetween(1.0, 30.0);

        long justAbove = (long) Math.floor(upperBound) + 1;
        long atOrBelow = (long) Math.floor(upperBound);
        counts[11] = justAbove;
        assertThat(c3.detect(counts).get(0).alarm()).isTrue();
        counts[11] = atOrBelow;
        assertThat(c3.detect(counts).get(0).alarm()).isFalse();
    }

    @Test
    void c3AlarmsWhateverTheCountWhenTheTwoPeriodsBeforeAlreadyExceedTheLimit() {
        long[] counts = {3, 5, 2, 4, 6, 3, 4, 5, 2, 30, 4, 0};

        Detection detection = EarsDetector.c3(7, 0.025, 0).detect(counts).get(0);

        assertThat(detection.upperBound()).isZero();
        assertThat(detection.alarm()).isTrue();
    }

    @Test
    void aBaselineShorterThanThreeIsRefusedAsInR() {
        assertThatThrownBy(() -> EarsDetector.c1(2, 0.001, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsAtTheirLimitsAreTakenAndBeyondThemRefused() {
        assertThatCode(() -> EarsDetector.c2(3, 0.001, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EarsDetector.c2(7, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsDetector.c2(7, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsDetector.c2(7, 0.001, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsDetector.c2(7, 0.001, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detectionStartsAtTheRequestedPeriodAndNeverWithoutHistory() {
        long[] counts = new long[20];

        assertThat(EarsDetector.c2(7, 0.001, 0).detect(counts, 0)).first()
                .extracting(Detection::period).isEqualTo(9);
        assertThat(EarsDetector.c2(7, 0.001, 0).detect(counts, 15)).extracting(Detection::period)
                .containsExactly(15, 16, 17, 18, 19);
    }
}
