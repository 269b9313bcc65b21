package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.evaluation.entity.RiskDifference;
import org.ecdp.housing.evaluation.entity.RiskRatio;
import org.junit.jupiter.api.Test;

class InPlainWordsTest {

    @Test
    void aShareIsOfAndAPercentage() {
        assertThat(InPlainWords.share(Proportion.of(12, 25))).isEqualTo("12 of 25 (48%)");
        assertThat(InPlainWords.share(Proportion.of(1, 8))).as("12.5 rounds up").isEqualTo("1 of 8 (13%)");
        assertThat(InPlainWords.share(Proportion.of(0, 3))).isEqualTo("0 of 3 (0%)");
        assertThat(InPlainWords.share(Proportion.of(0, 0))).isEqualTo("none known yet");
    }

    @Test
    void aRiskDifferenceIsInPercentagePoints() {
        assertThat(InPlainWords.percentagePoints(new RiskDifference(0.48, new ConfidenceInterval(0.12, 0.84))))
                .isEqualTo("48 percentage points (95% CI 12 to 84)");
        assertThat(InPlainWords.percentagePoints(new RiskDifference(-0.105, new ConfidenceInterval(-0.304, 0.095))))
                .isEqualTo("\u221211 percentage points (95% CI \u221230 to 10)");
        assertThat(InPlainWords.percentagePoints(new RiskDifference(-0.004, new ConfidenceInterval(-0.2, 0.19))))
                .as("never minus zero").isEqualTo("0 percentage points (95% CI \u221220 to 19)");
        assertThat(InPlainWords.percentagePoints(new RiskDifference(1, new ConfidenceInterval(1, 1))))
                .isEqualTo("100 percentage points (no range can be worked out: in each group everyone or no one had this outcome)");
        assertThat(InPlainWords.percentagePoints(new RiskDifference(0.5, ConfidenceInterval.UNDEFINED))).startsWith("50 percentage points (no range");
        assertThat(InPlainWords.percentagePoints(new RiskDifference(0.5, new ConfidenceInterval(0.1, Double.NaN)))).contains("(no range");
        assertThat(InPlainWords.percentagePoints(new RiskDifference(Double.NaN, ConfidenceInterval.UNDEFINED))).isEqualTo("cannot be worked out");
    }

    @Test
    void aRiskRatioIsTimesAsLikely() {
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(1.92, new ConfidenceInterval(0.81, 4.55))))
                .isEqualTo("1.9 times as likely (95% CI 0.8 to 4.6)");
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(0.5, new ConfidenceInterval(0.25, 1.0))))
                .isEqualTo("0.5 times as likely (95% CI 0.3 to 1.0)");
        String none = "cannot be worked out while a group has no one with this outcome";
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(Double.NaN, ConfidenceInterval.UNDEFINED))).isEqualTo(none);
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(Double.POSITIVE_INFINITY, ConfidenceInterval.UNDEFINED))).isEqualTo(none);
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(0, ConfidenceInterval.UNDEFINED))).isEqualTo(none);
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(0, new ConfidenceInterval(0, 0)))).isEqualTo(none);
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(2, new ConfidenceInterval(Double.NaN, 3)))).isEqualTo(none);
        assertThat(InPlainWords.timesAsLikely(new RiskRatio(2, new ConfidenceInterval(1, Double.POSITIVE_INFINITY)))).isEqualTo(none);
    }

    @Test
    void anEstimateIsHeldBackUnderFiveOrUnderTenForPublication() {
        assertThat(InPlainWords.heldBack(false, 4, 30)).isTrue();
        assertThat(InPlainWords.heldBack(false, 30, 4)).isTrue();
        assertThat(InPlainWords.heldBack(false, 5, 5)).isFalse();
        assertThat(InPlainWords.heldBack(true, 9, 30)).isTrue();
        assertThat(InPlainWords.heldBack(true, 10, 10)).isFalse();
        assertThat(InPlainWords.notShown(false)).isEqualTo("Not shown: fewer than 5 tenants in a group");
        assertThat(InPlainWords.notShown(true)).isEqualTo("Not shown: fewer than 10 tenants in a group");
    }

    @Test
    void underTwentyIsAnEarlySign() {
        assertThat(InPlainWords.earlySign(19, 40)).isTrue();
        assertThat(InPlainWords.earlySign(40, 19)).isTrue();
        assertThat(InPlainWords.earlySign(20, 20)).isFalse();
    }
}
