package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;

/**
 * The evaluation of one instrument at one follow-up as its caller may see it, and the one value both
 * the evaluation page and {@code GET /api/housing/programmes/{id}/evaluation} render: in the
 * publication view every hidden count already reads "&lt;10", and the means and SDs of an arm whose
 * count is hidden, and the analyses when either arm's analysed count is hidden, are already
 * withheld (null): with one or two tenants in an arm they come close to a person's own score. A
 * statistic that cannot be estimated is null too; the page tells the two apart by the count. The
 * withdrawal reasons are the page's only (not in the API's contract) but are suppressed with the
 * rest, since each arm's reasons bound the flow's "withdrew"; so is the headline for a commissioner
 * ({@code whatThisMeans}), written from the same suppressed view.
 */
@JsonbPropertyOrder({"arms", "ancova", "welch", "hedgesG", "consort", "baseline", "windows", "publication"})
public record EvaluationReport(PerArm<ArmStatistics> arms, AncovaShown ancova, WelchShown welch, HedgesGShown hedgesG, Consort consort,
                               Baseline baseline, Map<String, PerArm<ShownCount>> windows, Publication publication,
                               @JsonbTransient Map<WithdrawalReason, PerArm<ShownCount>> withdrawalReasons,
                               @JsonbTransient boolean anyWithdrawal, @JsonbTransient String whatThisMeans) implements Serializable {

    public EvaluationReport {
        windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
        withdrawalReasons = Collections.unmodifiableMap(new LinkedHashMap<>(withdrawalReasons));
    }

    /** An arm at the follow-up: counts, and the analysed tenants' means and change SD. */
    @JsonbNillable
    @JsonbPropertyOrder({"randomised", "analysed", "baselineMean", "followupMean", "changeMean", "changeSd"})
    public record ArmStatistics(ShownCount randomised, ShownCount analysed, Double baselineMean, Double followupMean,
                                Double changeMean, Double changeSd) implements Serializable {
    }

    /** {@link Ancova} as shown: {@code ci} is {@code [lower, upper]}. */
    @JsonbNillable
    @JsonbPropertyOrder({"effect", "se", "ci", "p"})
    public record AncovaShown(Double effect, Double se, List<Double> ci, Double p) implements Serializable {
    }

    /** {@link WelchTest} as shown. */
    @JsonbNillable
    @JsonbPropertyOrder({"difference", "t", "df", "ci", "p"})
    public record WelchShown(Double difference, Double t, Double df, List<Double> ci, Double p) implements Serializable {
    }

    /** {@link HedgesG} as shown. */
    @JsonbNillable
    @JsonbPropertyOrder({"g", "ci"})
    public record HedgesGShown(Double g, List<Double> ci) implements Serializable {
    }

    /** The CONSORT flow as shown (the yes/no comparison shows one too). */
    @JsonbNillable
    @JsonbPropertyOrder({"randomised", "allocated", "withdrawn", "missing", "analysed"})
    public record Consort(ShownCount randomised, PerArm<ShownCount> allocated, PerArm<ShownCount> withdrawn,
                          PerArm<ShownCount> missing, PerArm<ShownCount> analysed) implements Serializable {

        static Consort of(ConsortCounts consort, Published published) {
            return new Consort(ShownCount.of(consort.randomised(), "consort.randomised", published),
                    counts(consort.allocated(), "consort.allocated", published), counts(consort.withdrawn(), "consort.withdrawn", published),
                    counts(consort.missing(), "consort.missing", published), counts(consort.analysed(), "consort.analysed", published));
        }

        /** A stage's count in an arm, by the stage's name (allocated, withdrawn, missing, analysed). */
        public ShownCount stage(String stage, String arm) {
            PerArm<ShownCount> counts = switch (stage) {
                case "allocated" -> allocated;
                case "withdrawn" -> withdrawn;
                case "missing" -> missing;
                default -> analysed;
            };
            return counts.arm(arm);
        }
    }

    /** The baseline table ("Table 1") as shown: per instrument n, mean, SD; counts by scheme and band. */
    @JsonbNillable
    @JsonbPropertyOrder({"scores", "schemes", "bands", "bandLabels"})
    public record Baseline(Map<String, PerArm<BaselineScoreShown>> scores, Map<String, PerArm<ShownCount>> schemes,
                           Map<String, PerArm<ShownCount>> bands, Map<String, String> bandLabels) implements Serializable {

        public Baseline {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            schemes = Collections.unmodifiableMap(new LinkedHashMap<>(schemes));
            bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
            bandLabels = Collections.unmodifiableMap(new LinkedHashMap<>(bandLabels));
        }

        public static Baseline of(BaselineTable table, Published published) {
            Map<String, PerArm<BaselineScoreShown>> scores = new LinkedHashMap<>();
            table.scores().forEach((instrument, perArm) -> scores.put(instrument, PerArm.of(arm -> {
                BaselineScore s = perArm.get(arm);
                if (s == null) {
                    return null;
                }
                ShownCount n = ShownCount.of(s.n(), "baseline.scores." + instrument + "." + arm + ".n", published);
                return new BaselineScoreShown(n, n.isHidden() ? null : number(s.mean()), n.isHidden() ? null : number(s.sd()));
            })));
            return new Baseline(scores, table(table.schemes(), "baseline.schemes", published),
                    table(table.bands(), "baseline.bands", published), table.bandLabels());
        }
    }

    /** Baseline scores of one instrument in one arm, as shown. */
    @JsonbNillable
    @JsonbPropertyOrder({"n", "mean", "sd"})
    public record BaselineScoreShown(ShownCount n, Double mean, Double sd) implements Serializable {
    }

    /**
     * The report of {@code evaluation} with its baseline table, measure windows and withdrawal
     * reasons, with the cells {@code published} hides shown as "&lt;10" and what they would give away
     * withheld; {@code whatThisMeans} is the headline written for the same view.
     */
    public static EvaluationReport of(Evaluation evaluation, BaselineTable baseline, MeasureWindows windows, WithdrawalReasons reasons,
                                      Published published, String whatThisMeans) {
        boolean small = Arrays.stream(Arm.values()).anyMatch(arm -> published.hides("arms." + arm + ".analysed"));
        PerArm<ArmStatistics> arms = PerArm.of(arm -> {
            ArmSummary a = evaluation.arms().get(arm);
            if (a == null) {
                return null;
            }
            ShownCount analysed = ShownCount.of(a.analysed(), "arms." + arm + ".analysed", published);
            return new ArmStatistics(ShownCount.of(a.randomised(), "arms." + arm + ".randomised", published), analysed,
                    withheld(a.baselineMean(), analysed.isHidden()), withheld(a.followupMean(), analysed.isHidden()),
                    withheld(a.changeMean(), analysed.isHidden()), withheld(a.changeSd(), analysed.isHidden()));
        });
        var ancova = evaluation.ancova();
        var welch = evaluation.welch();
        var hedgesG = evaluation.hedgesG();
        Map<String, PerArm<ShownCount>> windowCounts = table(windows.counts(), "windows", published);
        boolean publication = published.isForPublication();
        Map<WithdrawalReason, PerArm<ShownCount>> reasonCounts = new LinkedHashMap<>();
        for (WithdrawalReason reason : publication ? List.of(WithdrawalReason.values()) : reasons.given()) {
            // in the publication view every reason is listed, and one no one in the arm gave is "<10" too
            reasonCounts.put(reason, PerArm.of(arm -> {
                int n = reasons.count(arm, reason);
                return n == 0 && publication ? ShownCount.HIDDEN : ShownCount.of(n, WithdrawalReasons.path(arm, reason), published);
            }));
        }
        return new EvaluationReport(arms,
                new AncovaShown(withheld(ancova.effect(), small), withheld(ancova.se(), small), interval(ancova.ci(), small), withheld(ancova.p(), small)),
                new WelchShown(withheld(welch.difference(), small), withheld(welch.t(), small), withheld(welch.df(), small),
                        interval(welch.ci(), small), withheld(welch.p(), small)),
                new HedgesGShown(withheld(hedgesG.g(), small), interval(hedgesG.ci(), small)),
                Consort.of(evaluation.consort(), published), Baseline.of(baseline, published), windowCounts,
                publication ? Publication.RULE : null, reasonCounts, !reasons.isEmpty(), whatThisMeans);
    }

    /** Whether the analyses (ANCOVA, Welch, Hedges' g) are withheld because an arm's analysed count is hidden. */
    @JsonbTransient
    public boolean isAnalysesWithheld() {
        return arms.coached() != null && arms.coached().analysed().isHidden() || arms.control() != null && arms.control().analysed().isHidden();
    }

    static Map<String, PerArm<ShownCount>> table(Map<String, Map<Arm, Integer>> counts, String path, Published published) {
        Map<String, PerArm<ShownCount>> table = new LinkedHashMap<>();
        counts.forEach((row, perArm) -> table.put(row, counts(perArm, path + "." + row, published)));
        return table;
    }

    static PerArm<ShownCount> counts(Map<Arm, Integer> counts, String path, Published published) {
        return PerArm.of(arm -> counts.get(arm) == null ? null : ShownCount.of(counts.get(arm), path + "." + arm, published));
    }

    /** A statistic as written: null when it cannot be estimated (NaN or infinite). */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** A statistic that would give a hidden count away: null when hidden. */
    static Double withheld(double value, boolean hidden) {
        return hidden ? null : number(value);
    }

    /** {@code [lower, upper]}, each null when not estimable; the whole interval null when withheld. */
    static List<Double> interval(ConfidenceInterval ci, boolean hidden) {
        return hidden ? null : Arrays.asList(number(ci.lower()), number(ci.upper()));
    }
}
