package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.HedgesG;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.evaluation.entity.WelchTest;
import org.junit.jupiter.api.Test;

/** Where the comparisons stop: too few participants, or no spread, give "undefined", never a number made up. */
class SmallSampleComparisonTest {

    static ParticipantOutcome coached(double baseline, double followUp) {
        return ParticipantOutcome.measured(Arm.COACHED, baseline, followUp);
    }

    static ParticipantOutcome control(double baseline, double followUp) {
        return ParticipantOutcome.measured(Arm.CONTROL, baseline, followUp);
    }

    @Test
    void twoAnalysedPerArmAreEnoughForWelchAndHedgesAndOneIsNot() {
        Evaluation two = ContinuousOutcomeComparison.evaluate(List.of(
                coached(20, 25), coached(22, 30), control(21, 22), control(20, 24)));
        assertThat(two.welch().difference()).isEqualTo(4.0);
        assertThat(two.welch().df()).isFinite();
        assertThat(two.hedgesG().g()).isFinite().isPositive();

        Evaluation one = ContinuousOutcomeComparison.evaluate(List.of(
                coached(20, 25), control(21, 22), control(20, 24)));
        assertThat(one.welch()).isEqualTo(WelchTest.UNDEFINED);
        assertThat(one.hedgesG()).isEqualTo(HedgesG.UNDEFINED);
        Evaluation oneControl = ContinuousOutcomeComparison.evaluate(List.of(
                coached(20, 25), coached(22, 30), control(21, 22)));
        assertThat(oneControl.welch()).isEqualTo(WelchTest.UNDEFINED);
        assertThat(oneControl.hedgesG()).isEqualTo(HedgesG.UNDEFINED);
    }

    @Test
    void changesWithNoSpreadLeaveWelchAndHedgesUndefined() {
        Evaluation same = ContinuousOutcomeComparison.evaluate(List.of(
                coached(20, 25), coached(22, 27), control(21, 22), control(20, 21)));
        assertThat(same.welch()).isEqualTo(WelchTest.UNDEFINED);
        assertThat(same.hedgesG()).isEqualTo(HedgesG.UNDEFINED);
    }

    @Test
    void aMinimalImportantChangeMustBeAPositiveNumberOfPoints() {
        List<ParticipantOutcome> participants = List.of(coached(20, 25), control(21, 22));
        assertThatThrownBy(() -> ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 0.5, true)).isNotNull();
    }
}
