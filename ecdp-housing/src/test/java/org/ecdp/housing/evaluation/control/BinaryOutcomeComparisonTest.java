package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryOutcomeComparisonTest {

    @ParameterizedTest
    @ValueSource(strings = {"tenancy_sustained", "moved_on_unbalanced"})
    void riskDifferenceAndRatioEqualStatsmodelsToOneInABillion(String dataset) {
        BinaryComparison comparison = BinaryOutcomeComparison.compare(GoldenFixtures.binaryOutcomes(dataset));
        Map<String, Double> expected = GoldenFixtures.expected(dataset);

        Map<String, Double> actual = new LinkedHashMap<>();
        for (Arm arm : Arm.values()) {
            actual.put("arms." + arm + ".randomised", (double) comparison.consort().allocated().get(arm));
            actual.put("arms." + arm + ".events", (double) comparison.arms().get(arm).events());
            actual.put("arms." + arm + ".analysed", (double) comparison.arms().get(arm).analysed());
            actual.put("arms." + arm + ".share", comparison.arms().get(arm).share());
        }
        actual.put("riskDifference.difference", comparison.riskDifference().difference());
        actual.put("riskDifference.ci.0", comparison.riskDifference().ci().lower());
        actual.put("riskDifference.ci.1", comparison.riskDifference().ci().upper());
        actual.put("riskRatio.ratio", comparison.riskRatio().ratio());
        actual.put("riskRatio.ci.0", comparison.riskRatio().ci().lower());
        actual.put("riskRatio.ci.1", comparison.riskRatio().ci().upper());

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((statistic, value) ->
                assertThat(actual.get(statistic)).as(dataset + " " + statistic).isCloseTo(value, within(1e-9)));
    }

    @Test
    void withNoEventsInTheControlArmTheRatioIsNotEstimatedButTheDifferenceIs() {
        List<BinaryOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            participants.add(new BinaryOutcome(Arm.COACHED, i < 4, false));
            participants.add(new BinaryOutcome(Arm.CONTROL, false, false));
        }
        participants.add(new BinaryOutcome(Arm.CONTROL, null, true));

        BinaryComparison comparison = BinaryOutcomeComparison.compare(participants);

        assertThat(comparison.riskDifference().difference()).isCloseTo(0.4, within(1e-15));
        assertThat(comparison.consort().withdrawn()).containsEntry(Arm.CONTROL, 1);
        assertThat(ReportJson.json(comparison, Published.ALL)).contains("\"riskRatio\":{\"ratio\":null,\"ci\":[null,null]}")
                .contains("\"CONTROL\":{\"events\":0,\"analysed\":10,\"share\":0.0}");
    }

    @Test
    void anArmWithNobodyAnalysedHasNeitherDifferenceNorRatioAndItsLostPeopleCountAsMissing() {
        List<BinaryOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            participants.add(new BinaryOutcome(Arm.COACHED, null, false));
            participants.add(new BinaryOutcome(Arm.CONTROL, i < 3, false));
        }
        participants.add(new BinaryOutcome(Arm.COACHED, null, true));

        BinaryComparison comparison = BinaryOutcomeComparison.compare(participants);

        assertThat(comparison.riskDifference().difference()).isNaN();
        assertThat(comparison.riskDifference().ci().lower()).isNaN();
        assertThat(comparison.riskRatio().ratio()).isNaN();
        assertThat(comparison.consort().missing()).as("lost to follow-up, not withdrawn")
                .containsEntry(Arm.COACHED, 6).containsEntry(Arm.CONTROL, 0);
        assertThat(comparison.consort().withdrawn()).containsEntry(Arm.COACHED, 1);
        assertThat(comparison.consort().allocated()).containsEntry(Arm.COACHED, 7).containsEntry(Arm.CONTROL, 6);
    }

    @Test
    void withNoEventsInTheCoachedArmTheRatioIsZeroWithoutAnInterval() {
        List<BinaryOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            participants.add(new BinaryOutcome(Arm.COACHED, false, false));
            participants.add(new BinaryOutcome(Arm.CONTROL, i < 4, false));
        }

        BinaryComparison comparison = BinaryOutcomeComparison.compare(participants);

        assertThat(comparison.riskRatio().ratio()).isZero();
        assertThat(comparison.riskRatio().ci().lower()).isNaN();
        assertThat(comparison.riskRatio().ci().upper()).isNaN();
        assertThat(comparison.riskDifference().difference()).isCloseTo(-0.4, within(1e-15));
    }
}
