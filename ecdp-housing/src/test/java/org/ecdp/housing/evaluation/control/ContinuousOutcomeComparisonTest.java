package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.ArmSummary;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContinuousOutcomeComparisonTest {

    @ParameterizedTest
    @ValueSource(strings = {"balanced", "unbalanced", "missing_followups", "small", "strong_effect_decimal_scores"})
    void theComparisonEqualsStatsmodelsAndScipyToOneInABillion(String dataset) {
        List<ParticipantOutcome> participants = GoldenFixtures.participants(dataset);
        Map<String, Double> expected = GoldenFixtures.expected(dataset);
        double mic = expected.get("mic.minimalImportantChange");

        Map<String, Double> actual = flatten(ContinuousOutcomeComparison.evaluate(participants),
                ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, mic, true));
        flattenMeans(actual, "BASELINE", MeansOverTime.atBaseline(participants));
        flattenMeans(actual, "FOLLOWUP", MeansOverTime.atFollowUp(participants));

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((statistic, value) ->
                assertThat(actual.get(statistic)).as(dataset + " " + statistic).isCloseTo(value, within(1e-9)));
    }

    @Test
    void everyRandomisedParticipantCountsInTheirArmAndIsAnalysedWhereTheFollowUpExists() {
        List<ParticipantOutcome> participants = List.of(
                ParticipantOutcome.measured(Arm.COACHED, 20, 26),
                ParticipantOutcome.measured(Arm.COACHED, 30, 33),
                new ParticipantOutcome(Arm.COACHED, 25, 31.0, true),   // withdrew after the follow-up
                new ParticipantOutcome(Arm.COACHED, 28, null, true),   // withdrew before it
                ParticipantOutcome.missing(Arm.CONTROL, 22),           // lost to follow-up
                ParticipantOutcome.measured(Arm.CONTROL, 24, 25),
                ParticipantOutcome.measured(Arm.CONTROL, 35, 34));

        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);

        assertThat(evaluation.arms().get(Arm.COACHED)).isEqualTo(new ArmSummary(4, 3, 25, 30, 5, 1.7320508075688772));
        assertThat(evaluation.arms().get(Arm.CONTROL).analysed()).isEqualTo(2);
        assertThat(evaluation.consort().randomised()).isEqualTo(7);
        assertThat(evaluation.consort().withdrawn()).containsEntry(Arm.COACHED, 2).containsEntry(Arm.CONTROL, 0);
        assertThat(evaluation.consort().missing()).containsEntry(Arm.COACHED, 0).containsEntry(Arm.CONTROL, 1);
        assertThat(evaluation.consort().analysed()).containsEntry(Arm.COACHED, 3).containsEntry(Arm.CONTROL, 2);
    }

    @Test
    void theJsonHasTheApisShapeWithNullWhereAStatisticCannotBeEstimated() {
        List<ParticipantOutcome> participants = List.of(
                ParticipantOutcome.measured(Arm.COACHED, 20, 26),
                ParticipantOutcome.measured(Arm.COACHED, 30, 32),
                ParticipantOutcome.measured(Arm.CONTROL, 24, 25),
                ParticipantOutcome.missing(Arm.CONTROL, 26));

        String json = ReportJson.json(ContinuousOutcomeComparison.evaluate(participants));

        assertThat(json).isEqualTo("{\"arms\":{"
                + "\"COACHED\":{\"randomised\":2,\"analysed\":2,\"baselineMean\":25.0,\"followupMean\":29.0,"
                + "\"changeMean\":4.0,\"changeSd\":2.8284271247461903},"
                + "\"CONTROL\":{\"randomised\":2,\"analysed\":1,\"baselineMean\":24.0,\"followupMean\":25.0,"
                + "\"changeMean\":1.0,\"changeSd\":null}},"
                + "\"ancova\":{\"effect\":null,\"se\":null,\"ci\":[null,null],\"p\":null},"
                + "\"welch\":{\"difference\":null,\"t\":null,\"df\":null,\"ci\":[null,null],\"p\":null},"
                + "\"hedgesG\":{\"g\":null,\"ci\":[null,null]},"
                + "\"consort\":{\"randomised\":4,\"allocated\":{\"COACHED\":2,\"CONTROL\":2},"
                + "\"withdrawn\":{\"COACHED\":0,\"CONTROL\":0},\"missing\":{\"COACHED\":0,\"CONTROL\":1},"
                + "\"analysed\":{\"COACHED\":2,\"CONTROL\":1}},"
                + "\"baseline\":{\"scores\":{},\"schemes\":{},\"bands\":{},\"bandLabels\":{}},\"windows\":{}}");
    }

    @Test
    void whenNoCoachedParticipantHasAFollowUpTheAncovaIsNotEstimatedRatherThanFailing() {
        List<ParticipantOutcome> participants = List.of(
                ParticipantOutcome.missing(Arm.COACHED, 20),
                ParticipantOutcome.missing(Arm.COACHED, 22),
                ParticipantOutcome.measured(Arm.CONTROL, 24, 25),
                ParticipantOutcome.measured(Arm.CONTROL, 26, 29),
                ParticipantOutcome.measured(Arm.CONTROL, 31, 30),
                ParticipantOutcome.measured(Arm.CONTROL, 35, 37));

        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);

        assertThat(evaluation.ancova().effect()).isNaN();
        assertThat(evaluation.welch().p()).isNaN();
        assertThat(evaluation.arms().get(Arm.CONTROL).changeMean()).isEqualTo(1.25);
        assertThat(ReportJson.json(evaluation)).contains("\"ancova\":{\"effect\":null");
    }

    @Test
    void whenEveryoneStartedFromTheSameBaselineTheAncovaIsNotEstimatedButWelchIs() {
        // the baseline column is the intercept again: no ANCOVA, as Commons Math's QR would refuse it
        List<ParticipantOutcome> participants = List.of(
                ParticipantOutcome.measured(Arm.COACHED, 0.1, 26),
                ParticipantOutcome.measured(Arm.COACHED, 0.1, 29),
                ParticipantOutcome.measured(Arm.COACHED, 0.1, 31),
                ParticipantOutcome.measured(Arm.CONTROL, 0.1, 24),
                ParticipantOutcome.measured(Arm.CONTROL, 0.1, 22),
                ParticipantOutcome.measured(Arm.CONTROL, 0.1, 27));

        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);

        assertThat(evaluation.ancova().effect()).isNaN();
        assertThat(evaluation.welch().difference()).isCloseTo(13.0 / 3, within(1e-12));
        assertThat(ReportJson.json(evaluation)).contains("\"ancova\":{\"effect\":null");
    }

    @Test
    void whereALowerScoreIsBetterTheMinimalImportantChangeCountsDownwards() {
        List<ParticipantOutcome> participants = List.of(
                ParticipantOutcome.measured(Arm.COACHED, 30, 26),
                ParticipantOutcome.measured(Arm.COACHED, 30, 29),
                ParticipantOutcome.measured(Arm.CONTROL, 30, 34),
                ParticipantOutcome.measured(Arm.CONTROL, 30, 30));

        MinimalImportantChangeComparison lowerBetter =
                ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 3, false);
        MinimalImportantChangeComparison higherBetter =
                ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 3, true);

        assertThat(lowerBetter.reached().get(Arm.COACHED).events()).isEqualTo(1);
        assertThat(lowerBetter.reached().get(Arm.CONTROL).events()).isZero();
        assertThat(lowerBetter.riskDifference().difference()).isEqualTo(0.5);
        assertThat(higherBetter.reached().get(Arm.CONTROL).events()).isEqualTo(1);
    }

    @Test
    void anAncovaOnLargeDataFindsTheEffectThatWasBuiltIn() {
        java.util.Random random = new java.util.Random(3);
        List<ParticipantOutcome> participants = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            Arm arm = i % 2 == 0 ? Arm.COACHED : Arm.CONTROL;
            double baseline = 30 + 6 * random.nextGaussian();
            double followUp = 10 + 0.7 * baseline + (arm == Arm.COACHED ? 2.5 : 0) + 4 * random.nextGaussian();
            participants.add(ParticipantOutcome.measured(arm, baseline, followUp));
        }

        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);

        ConfidenceInterval ci = evaluation.ancova().ci();
        assertThat(ci.contains(2.5)).as("95%% CI %s", ci).isTrue();
        assertThat(ci.upper() - ci.lower()).isLessThan(1.0);
        assertThat(evaluation.ancova().p()).isLessThan(1e-6);
    }

    private static void flattenMeans(Map<String, Double> flat, String point, Map<Arm, ScoreMean> means) {
        means.forEach((arm, mean) -> {
            String prefix = "means." + point + "." + arm + ".";
            flat.put(prefix + "n", (double) mean.n());
            flat.put(prefix + "mean", mean.mean());
            flat.put(prefix + "ci.0", mean.ci().lower());
            flat.put(prefix + "ci.1", mean.ci().upper());
        });
    }

    private static Map<String, Double> flatten(Evaluation evaluation, MinimalImportantChangeComparison mic) {
        Map<String, Double> flat = new LinkedHashMap<>();
        for (Arm arm : Arm.values()) {
            ArmSummary a = evaluation.arms().get(arm);
            String prefix = "arms." + arm + ".";
            flat.put(prefix + "randomised", (double) a.randomised());
            flat.put(prefix + "analysed", (double) a.analysed());
            flat.put(prefix + "baselineMean", a.baselineMean());
            flat.put(prefix + "followupMean", a.followupMean());
            flat.put(prefix + "changeMean", a.changeMean());
            flat.put(prefix + "changeSd", a.changeSd());
            flat.put("consort.allocated." + arm, (double) evaluation.consort().allocated().get(arm));
            flat.put("consort.withdrawn." + arm, (double) evaluation.consort().withdrawn().get(arm));
            flat.put("consort.missing." + arm, (double) evaluation.consort().missing().get(arm));
            flat.put("consort.analysed." + arm, (double) evaluation.consort().analysed().get(arm));
            flat.put("mic.reached." + arm + ".events", (double) mic.reached().get(arm).events());
            flat.put("mic.reached." + arm + ".analysed", (double) mic.reached().get(arm).analysed());
            flat.put("mic.reached." + arm + ".share", mic.reached().get(arm).share());
        }
        flat.put("consort.randomised", (double) evaluation.consort().randomised());
        flat.put("ancova.effect", evaluation.ancova().effect());
        flat.put("ancova.se", evaluation.ancova().se());
        flat.put("ancova.ci.0", evaluation.ancova().ci().lower());
        flat.put("ancova.ci.1", evaluation.ancova().ci().upper());
        flat.put("ancova.p", evaluation.ancova().p());
        flat.put("welch.difference", evaluation.welch().difference());
        flat.put("welch.t", evaluation.welch().t());
        flat.put("welch.df", evaluation.welch().df());
        flat.put("welch.ci.0", evaluation.welch().ci().lower());
        flat.put("welch.ci.1", evaluation.welch().ci().upper());
        flat.put("welch.p", evaluation.welch().p());
        flat.put("hedgesG.g", evaluation.hedgesG().g());
        flat.put("hedgesG.ci.0", evaluation.hedgesG().ci().lower());
        flat.put("hedgesG.ci.1", evaluation.hedgesG().ci().upper());
        flat.put("mic.minimalImportantChange", mic.minimalImportantChange());
        flat.put("mic.riskDifference.difference", mic.riskDifference().difference());
        flat.put("mic.riskDifference.ci.0", mic.riskDifference().ci().lower());
        flat.put("mic.riskDifference.ci.1", mic.riskDifference().ci().upper());
        return flat;
    }
}
