package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.evaluation.control.InPlainWords;
import org.ecdp.housing.evaluation.entity.BinaryReport;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.evaluation.entity.Publication;
import org.ecdp.housing.evaluation.entity.RiskDifference;
import org.ecdp.housing.evaluation.entity.RiskRatio;
import org.ecdp.housing.evaluation.entity.ShownCount;

/**
 * The estimates on the evaluation page as the page writes them, from the boundary's reports (the
 * values the API writes). For the commissioner: shares as "12 of 25 (48%)", differences in
 * percentage points, ratios as "times as likely". For the statistician, behind "Statistics
 * details": two decimals. Either way an estimate from a group too small for one
 * ({@link InPlainWords#heldBack}, a hidden count counting as small) is "Not shown: fewer than 5
 * tenants in a group", and in the publication view anything that would give a hidden count away is
 * withheld.
 */
public final class EvaluationEstimates implements Serializable {

    static final String DASH = "\u2013";
    static final String CANNOT = "cannot be worked out";
    static final String WITHHELD = "withheld in the publication view";

    private final EvaluationReport report;
    private final MinimalImportantChangeComparison mic;
    private final Map<BinaryMeasure, BinaryReport> binary;
    private final boolean publication;

    public EvaluationEstimates(EvaluationReport report, MinimalImportantChangeComparison mic, Map<BinaryMeasure, BinaryReport> binary,
                               boolean publication) {
        this.report = report;
        this.mic = mic;
        this.binary = binary;
        this.publication = publication;
    }

    public static String fmt(double value) {
        return Double.isFinite(value) ? String.format(Locale.UK, "%.2f", value) : CANNOT;
    }

    /** A statistic of a report: null there means it cannot be worked out. */
    static String fmt(Double value) {
        return value == null ? CANNOT : fmt(value.doubleValue());
    }

    public String getNotShown() {
        return InPlainWords.notShown(publication);
    }

    /** Whether the comparison of scores (ANCOVA, Welch, Hedges' g) is held back for a small group. */
    public boolean isScoresHeldBack() {
        return InPlainWords.heldBack(publication, size(report.arms().coached().analysed()), size(report.arms().control().analysed()));
    }

    /** A group's size for the held-back rule: a hidden count is a small one. */
    private static int size(ShownCount count) {
        return count.isHidden() ? 0 : count.value();
    }

    public String getAncovaEffect() { return estimate(report.ancova().effect()); }
    public String getAncovaInterval() { return interval(report.ancova().ci()); }
    public String getAncovaSe() { return detail("SE", report.ancova().se()); }
    public String getAncovaP() { return p(report.ancova().p()); }
    public String getWelchDifference() { return estimate(report.welch().difference()); }
    public String getWelchInterval() { return interval(report.welch().ci()); }
    public String getWelchP() { return p(report.welch().p()); }
    public String getHedgesG() { return estimate(report.hedgesG().g()); }
    public String getHedgesGInterval() { return interval(report.hedgesG().ci()); }

    /** An estimate of the score comparison: two decimals, "cannot be worked out", or held back. */
    private String estimate(Double value) {
        return isScoresHeldBack() ? getNotShown() : fmt(value);
    }

    /** Its 95% CI, or a dash when held back or not estimable (the estimate's cell says why). */
    private String interval(List<Double> ci) {
        return isScoresHeldBack() || ci == null || ci.contains(null) ? DASH : fmt(ci.get(0)) + " to " + fmt(ci.get(1));
    }

    private String detail(String label, Double value) {
        return isScoresHeldBack() || value == null ? DASH : label + " " + fmt(value);
    }

    /** "t 1.38, df 9.23", or a dash. */
    public String getWelchDetail() {
        Double t = report.welch().t();
        Double df = report.welch().df();
        return isScoresHeldBack() || t == null || df == null ? DASH : "t " + fmt(t) + ", df " + fmt(df);
    }

    private String p(Double p) {
        return isScoresHeldBack() || p == null ? DASH : p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
    }

    /** An arm's share reaching the minimal important change: "3 of 6 (50%)", or "&lt;10 of 40" in the publication view. */
    public String share(String arm) {
        Proportion p = mic.reached().get(Arm.valueOf(arm));
        ShownCount events = ShownCount.alone(p.events(), publication);
        boolean analysedHidden = report.consort().analysed().arm(arm).isHidden();
        if (events.isHidden() || analysedHidden) {
            return events + " of " + (analysedHidden ? Publication.SHOWN_AS : Integer.toString(p.analysed()));
        }
        return InPlainWords.share(p);
    }

    /** The difference in who reached it, in percentage points. */
    public String getMicDifference() {
        Proportion coached = mic.reached().get(Arm.COACHED);
        Proportion control = mic.reached().get(Arm.CONTROL);
        if (ShownCount.alone(coached.events(), publication).isHidden() || ShownCount.alone(control.events(), publication).isHidden()
                || report.consort().analysed().coached().isHidden() || report.consort().analysed().control().isHidden()) {
            return WITHHELD;
        }
        if (InPlainWords.heldBack(publication, coached.analysed(), control.analysed())) {
            return getNotShown();
        }
        return InPlainWords.percentagePoints(mic.riskDifference());
    }

    public double getMinimalImportantChange() {
        return mic.minimalImportantChange();
    }

    /** "34 of 40 (85%)", or "&lt;10 of 40" in the publication view. */
    public String binaryShare(BinaryMeasure measure, String arm) {
        BinaryReport.Share share = binary.get(measure).arms().arm(arm);
        return share.isHidden() ? share.events() + " of " + share.analysed()
                : InPlainWords.share(Proportion.of(share.events().value(), share.analysed().value()));
    }

    public String binaryMissing(BinaryMeasure measure, String arm) {
        return binary.get(measure).consort().missing().arm(arm).toString();
    }

    public String binaryDifference(BinaryMeasure measure) {
        String held = binaryHeldBack(measure);
        BinaryReport.RiskDifferenceShown rd = binary.get(measure).riskDifference();
        return held != null ? held : InPlainWords.percentagePoints(new RiskDifference(orNaN(rd.difference()), bounds(rd.ci())));
    }

    public String binaryRatio(BinaryMeasure measure) {
        String held = binaryHeldBack(measure);
        BinaryReport.RiskRatioShown rr = binary.get(measure).riskRatio();
        return held != null ? held : InPlainWords.timesAsLikely(new RiskRatio(orNaN(rr.ratio()), bounds(rr.ci())));
    }

    /** Why a yes/no comparison's estimates are not shown, or null when they are. */
    private String binaryHeldBack(BinaryMeasure measure) {
        BinaryReport comparison = binary.get(measure);
        if (comparison.isEstimatesWithheld()) {
            return WITHHELD;
        }
        return InPlainWords.heldBack(publication, comparison.arms().coached().analysed().value(), comparison.arms().control().analysed().value())
                ? getNotShown() : null;
    }

    private static ConfidenceInterval bounds(List<Double> ci) {
        return new ConfidenceInterval(orNaN(ci.get(0)), orNaN(ci.get(1)));
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
