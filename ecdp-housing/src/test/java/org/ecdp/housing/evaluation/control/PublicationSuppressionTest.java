package org.ecdp.housing.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.CountRelation;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.Withdrawal;
import org.ecdp.housing.evaluation.entity.WithdrawalReasons;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.junit.jupiter.api.Test;

class PublicationSuppressionTest {

    @Test
    void countsUnderTenAreHiddenAndOneHiddenPartOfATotalHidesTheSmallestOtherPart() {
        Map<String, Integer> cells = new LinkedHashMap<>();
        cells.put("total", 60);
        cells.put("a", 7);
        cells.put("b", 30);
        cells.put("c", 23);
        Set<String> hidden = PublicationSuppression.suppress(cells, List.of(new CountRelation("total", List.of("a", "b", "c"))));
        assertThat(hidden).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void aHiddenTotalWithEveryPartVisibleHidesAPartToo() {
        Map<String, Integer> cells = Map.of("total", 9, "a", 4, "b", 5);
        assertThat(PublicationSuppression.suppress(cells, List.of(new CountRelation("total", List.of("a", "b")))))
                .containsExactlyInAnyOrder("total", "a", "b");
        Map<String, Integer> big = Map.of("total", 8, "a", 0, "b", 8);
        assertThat(PublicationSuppression.suppress(big, List.of(new CountRelation("total", List.of("a", "b")))))
                .containsExactlyInAnyOrder("total", "a", "b");
    }

    @Test
    void whenEverythingIsTenOrMoreNothingIsHidden() {
        Map<String, Integer> cells = Map.of("total", 40, "a", 10, "b", 30);
        assertThat(PublicationSuppression.suppress(cells, List.of(new CountRelation("total", List.of("a", "b"))))).isEmpty();
    }

    /** Over random tables with overlapping sums: no sum is ever left with one hidden cell, and every small cell is hidden. */
    @Test
    void noHiddenCountCanBeWorkedOutFromAPublishedTotalOverManyRandomTables() {
        Random random = new Random(6);
        for (int trial = 0; trial < 2000; trial++) {
            int rows = 2 + random.nextInt(4);
            int cols = 2 + random.nextInt(3);
            Map<String, Integer> cells = new LinkedHashMap<>();
            int grand = 0;
            int[] colTotals = new int[cols];
            List<CountRelation> relations = new ArrayList<>();
            List<String> rowTotals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                int rowTotal = 0;
                List<String> parts = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    int n = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(60);
                    cells.put(r + "," + c, n);
                    parts.add(r + "," + c);
                    rowTotal += n;
                    colTotals[c] += n;
                }
                cells.put("row" + r, rowTotal);
                rowTotals.add("row" + r);
                relations.add(new CountRelation("row" + r, parts));
                grand += rowTotal;
            }
            List<String> colNames = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                List<String> parts = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    parts.add(r + "," + c);
                }
                cells.put("col" + c, colTotals[c]);
                colNames.add("col" + c);
                relations.add(new CountRelation("col" + c, parts));
            }
            cells.put("grand", grand);
            relations.add(new CountRelation("grand", rowTotals));
            relations.add(new CountRelation("grand", colNames));

            Set<String> hidden = PublicationSuppression.suppress(cells, relations);

            cells.forEach((name, n) -> {
                if (n < 10) {
                    assertThat(hidden).contains(name);
                }
            });
            for (CountRelation relation : relations) {
                assertThat(relation.cells().stream().filter(hidden::contains).count()).as("trial %d, %s", trial, relation).isNotEqualTo(1);
            }
        }
    }

    @Test
    void theEvaluationForPublicationShowsSmallCountsAsUnderTenAndHidesTheirPartnerInTheFlow() {
        List<ParticipantOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            participants.add(ParticipantOutcome.measured(Arm.COACHED, 25 + i % 7, 30 + i % 5));
        }
        for (int i = 0; i < 7; i++) {
            participants.add(ParticipantOutcome.measured(Arm.CONTROL, 25 + i % 4, 27 + i % 3));
        }
        participants.add(new ParticipantOutcome(Arm.CONTROL, 30, null, true));
        participants.add(ParticipantOutcome.missing(Arm.CONTROL, 30));
        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
        BaselineTable baseline = BaselineTables.of(participants.stream().map(p -> new BaselineTables.Row(p.arm(), "HARLOW_COURT", null,
                Map.of("HOME_WELLBEING", p.baseline()))).toList(), List.of("HOME_WELLBEING"), List.of("HARLOW_COURT"), Map.of());

        String published = ReportJson.published(evaluation, baseline);

        assertThat(published).contains("\"CONTROL\":{\"randomised\":\"<10\",\"analysed\":\"<10\"")
                .contains("\"allocated\":{\"COACHED\":\"<10\",\"CONTROL\":\"<10\"}")
                .contains("\"publication\":{\"suppressedUnder\":10,\"shownAs\":\"<10\"}")
                // the total 39 is published, so with CONTROL's 9 hidden COACHED's 30 must be hidden too
                .contains("\"consort\":{\"randomised\":39,").doesNotContain("\"randomised\":30").doesNotContain("\"CONTROL\":9")
                .contains("\"schemes\":{\"HARLOW_COURT\":{\"COACHED\":\"<10\",\"CONTROL\":\"<10\"}}");
        assertThat(ReportJson.json(evaluation)).contains("\"randomised\":39").doesNotContain("<10");
    }

    @Test
    void thePublicationViewWithholdsTheMeansSdsAndAnalysesOfAGroupUnderTen() {
        List<ParticipantOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            participants.add(ParticipantOutcome.measured(Arm.COACHED, 25 + i % 7, 30 + i % 5));
        }
        for (int i = 0; i < 7; i++) {
            participants.add(ParticipantOutcome.measured(Arm.CONTROL, 25 + i % 4, 27 + i % 3));
        }
        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
        BaselineTable baseline = BaselineTables.of(participants.stream().map(p -> new BaselineTables.Row(p.arm(), "HARLOW_COURT", null,
                Map.of("HOME_WELLBEING", p.baseline()))).toList(), List.of("HOME_WELLBEING"), List.of("HARLOW_COURT"), Map.of());

        String published = ReportJson.published(evaluation, baseline);

        assertThat(published).contains("\"CONTROL\":{\"randomised\":\"<10\",\"analysed\":\"<10\",\"baselineMean\":null,"
                + "\"followupMean\":null,\"changeMean\":null,\"changeSd\":null}")
                .contains("\"CONTROL\":{\"n\":\"<10\",\"mean\":null,\"sd\":null}")
                // with seven tenants in an arm the effect is nearly their own change of score: withheld too
                .contains("\"ancova\":{\"effect\":null,\"se\":null,\"ci\":null,\"p\":null}")
                .contains("\"welch\":{\"difference\":null,\"t\":null,\"df\":null,\"ci\":null,\"p\":null}")
                .contains("\"hedgesG\":{\"g\":null,\"ci\":null}");
        assertThat(ReportJson.json(evaluation, baseline, Published.ALL)).doesNotContain("null");
        assertThat(ReportJson.json(evaluation, baseline, Published.ALL)).contains("\"ancova\":{\"effect\":")
                .doesNotContain("\"effect\":null");
    }

    @Test
    void aPublishedYesNoComparisonHidesSharesAndTheRiskEstimatesWhenAnArmsCountIsHidden() {
        List<BinaryOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            participants.add(new BinaryOutcome(Arm.COACHED, i < 34, false));
            participants.add(new BinaryOutcome(Arm.CONTROL, i < 4, false));
        }
        BinaryComparison comparison = BinaryOutcomeComparison.compare(participants);
        String published = ReportJson.json(comparison, PublicationSuppression.forPublication(comparison));
        assertThat(published).contains("\"CONTROL\":{\"events\":\"<10\",\"analysed\":40,\"share\":null}")
                .contains("\"riskDifference\":null").contains("\"riskRatio\":null")
                .contains("\"COACHED\":{\"events\":34,\"analysed\":40,\"share\":0.85}");
    }

    @Test
    void ofTwoEquallySmallPartsTheFirstByNameIsHiddenSoThePublishedTableIsTheSameEveryTime() {
        Map<String, Integer> cells = new LinkedHashMap<>();
        cells.put("total", 35);
        cells.put("a", 5);
        cells.put("c", 15);
        cells.put("b", 15);
        assertThat(PublicationSuppression.suppress(cells, List.of(new CountRelation("total", List.of("a", "c", "b")))))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void theWindowStatusesOfAnArmAddUpToItsAllocatedCountSoOneSmallStatusHidesAnother() {
        List<ParticipantOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            participants.add(ParticipantOutcome.measured(Arm.COACHED, 25 + i % 7, 30 + i % 5));
            participants.add(ParticipantOutcome.measured(Arm.CONTROL, 25 + i % 4, 27 + i % 3));
        }
        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
        Map<String, Map<Arm, Integer>> counts = new LinkedHashMap<>();
        counts.put("ON_TIME", Map.of(Arm.COACHED, 22, Arm.CONTROL, 20));
        counts.put("MISSING", Map.of(Arm.COACHED, 8, Arm.CONTROL, 10));

        Published published = PublicationSuppression.forPublication(evaluation, null, new MeasureWindows(counts));

        assertThat(published.hides("windows.MISSING.COACHED")).isTrue();
        assertThat(published.hides("windows.ON_TIME.COACHED")).as("30 allocated - 22 on time would give the 8 away").isTrue();
        assertThat(published.hides("windows.ON_TIME.CONTROL")).isFalse();
        assertThat(published.hides("windows.MISSING.CONTROL")).isFalse();
    }

    @Test
    void aSmallWithdrawalReasonHidesAnotherReasonOfItsArmSoTheFlowsWithdrawnCountCannotGiveItAway() {
        List<ParticipantOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            participants.add(ParticipantOutcome.measured(Arm.COACHED, 25 + i % 7, 30 + i % 5));
            participants.add(ParticipantOutcome.measured(Arm.CONTROL, 25 + i % 4, 27 + i % 3));
        }
        for (int i = 0; i < 12; i++) {
            participants.add(new ParticipantOutcome(Arm.COACHED, 30, null, true));
            participants.add(ParticipantOutcome.missing(Arm.COACHED, 30));
        }
        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
        List<Withdrawal> withdrawals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            withdrawals.add(new Withdrawal("S" + i, "COACHED", true, i == 0 ? "HEALTH" : "MOVED_AWAY", false));
        }
        withdrawals.add(new Withdrawal("R", "CONTROL", false, null, true));
        WithdrawalReasons reasons = WithdrawalReasons.of(withdrawals);
        assertThat(reasons.given()).containsExactly(WithdrawalReason.MOVED_AWAY, WithdrawalReason.HEALTH);
        assertThat(reasons.count(Arm.COACHED, WithdrawalReason.MOVED_AWAY)).isEqualTo(11);
        assertThat(reasons.count(Arm.CONTROL, WithdrawalReason.MOVED_AWAY)).as("a possible re-enrolment is no withdrawal").isZero();

        Published published = PublicationSuppression.forPublication(evaluation, null, null, reasons);

        assertThat(published.hides("consort.withdrawn.COACHED")).as("12 withdrew").isFalse();
        assertThat(published.hides(WithdrawalReasons.path(Arm.COACHED, WithdrawalReason.HEALTH))).isTrue();
        assertThat(published.hides(WithdrawalReasons.path(Arm.COACHED, WithdrawalReason.MOVED_AWAY)))
                .as("12 withdrew - 11 moved away would give the 1 away").isTrue();
        assertThat(PublicationSuppression.forPublication(evaluation, null, null, null).hides("withdrawals.COACHED.HEALTH")).isFalse();
        assertThat(WithdrawalReasons.of(List.of()).isEmpty()).isTrue();
    }

    /**
     * The page publishes the withdrawal reasons beside the flow and the API does not, yet both write
     * one report: the reasons may hide more reasons, never a count the API writes (each arm's
     * reasons add up to at least its "withdrew", so a small reason means a small "withdrew").
     */
    @Test
    void theWithdrawalReasonsNeverHideACountTheApiWrites() {
        Random random = new Random(7);
        WithdrawalReason[] codes = WithdrawalReason.values();
        for (int trial = 0; trial < 300; trial++) {
            List<ParticipantOutcome> participants = new ArrayList<>();
            List<Withdrawal> withdrawals = new ArrayList<>();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                Arm arm = random.nextBoolean() ? Arm.COACHED : Arm.CONTROL;
                boolean withdrawn = random.nextInt(4) == 0;
                participants.add(random.nextInt(3) == 0 ? new ParticipantOutcome(arm, 30, null, withdrawn)
                        : new ParticipantOutcome(arm, 25 + random.nextInt(10), 28.0 + random.nextInt(10), withdrawn));
                if (withdrawn) {
                    withdrawals.add(new Withdrawal("S" + i, arm.name(), true, codes[random.nextInt(codes.length)].name(), false));
                }
            }
            for (int i = random.nextInt(15); i > 0; i--) {
                // withdrew without a baseline on this instrument: a reason, not in the flow
                withdrawals.add(new Withdrawal("X" + i, random.nextBoolean() ? "COACHED" : "CONTROL", true,
                        codes[random.nextInt(codes.length)].name(), false));
            }
            Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
            Set<String> withReasons = new java.util.HashSet<>(
                    PublicationSuppression.forPublication(evaluation, null, null, WithdrawalReasons.of(withdrawals)).hidden());
            withReasons.removeIf(cell -> cell.startsWith("withdrawals."));
            assertThat(withReasons).as("trial %d", trial).isEqualTo(PublicationSuppression.forPublication(evaluation, null, null).hidden());
        }
    }

    @Test
    void theReportForPublicationHoldsNoHiddenNumberAndItsJsonNoneOfThePagesOwnParts() {
        List<ParticipantOutcome> participants = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            participants.add(ParticipantOutcome.measured(Arm.COACHED, 25 + i % 7, 30 + i % 5));
        }
        for (int i = 0; i < 7; i++) {
            participants.add(ParticipantOutcome.measured(Arm.CONTROL, 25 + i % 4, 27 + i % 3));
        }
        Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
        WithdrawalReasons reasons = WithdrawalReasons.of(List.of(new Withdrawal("S1", "CONTROL", true, "HEALTH", false)));
        Published published = PublicationSuppression.forPublication(evaluation, ReportJson.NO_BASELINE, ReportJson.NO_WINDOWS, reasons);

        EvaluationReport report = EvaluationReport.of(evaluation, ReportJson.NO_BASELINE, ReportJson.NO_WINDOWS, reasons, published, "words");

        assertThat(report.arms().control().analysed().value()).as("a hidden count is no number").isNull();
        assertThat(report.arms().control().analysed()).hasToString("<10");
        assertThat(report.withdrawalReasons().get(WithdrawalReason.HEALTH).control()).hasToString("<10");
        assertThat(report.withdrawalReasons()).as("every reason is listed for publication").hasSize(WithdrawalReason.values().length);
        assertThat(report.isAnalysesWithheld()).isTrue();
        assertThat(ReportJson.json(report)).doesNotContain("withdrawalReasons").doesNotContain("whatThisMeans").doesNotContain("words")
                .doesNotContain("anyWithdrawal").doesNotContain("analysesWithheld").doesNotContain("HEALTH")
                .contains("\"analysed\":\"<10\"");
    }
}
