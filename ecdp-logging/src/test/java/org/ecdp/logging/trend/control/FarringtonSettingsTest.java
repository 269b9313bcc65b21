package org.ecdp.logging.trend.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecdp.logging.trend.control.FarringtonFlexibleDetector.Settings;
import org.junit.jupiter.api.Test;

/** Which Farrington settings the detector takes: as R's surveillance package, the limits themselves are usable. */
class FarringtonSettingsTest {

    static Settings with(int b, int w, int noPeriods, int frequency, double alpha) {
        Settings n = Settings.noufaily();
        return new Settings(b, w, noPeriods, n.pastWeeksNotIncluded(), n.weightsThreshold(), n.trend(),
                n.pThresholdTrend(), alpha, n.limit54Cases(), n.limit54Periods(), frequency);
    }

    @Test
    void theSmallestUsableSettingsAreTaken() {
        assertThatCode(() -> new FarringtonFlexibleDetector(with(1, 3, 1, 52, 0.05))).doesNotThrowAnyException();
        assertThatCode(() -> new FarringtonFlexibleDetector(with(3, 0, 1, 52, 0.05))).doesNotThrowAnyException();
    }

    @Test
    void settingsBeyondTheLimitsAreRefused() {
        assertThatThrownBy(() -> new FarringtonFlexibleDetector(with(0, 3, 1, 52, 0.05))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FarringtonFlexibleDetector(with(3, -1, 1, 52, 0.05))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FarringtonFlexibleDetector(with(3, 3, 0, 52, 0.05))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FarringtonFlexibleDetector(with(3, 3, 1, 1, 0.05))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FarringtonFlexibleDetector(with(3, 3, 10, 52, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FarringtonFlexibleDetector(with(3, 3, 10, 52, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
