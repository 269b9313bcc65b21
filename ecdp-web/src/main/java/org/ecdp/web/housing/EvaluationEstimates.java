package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.evaluation.control.InPlainWords;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.evaluation.entity.Published;

/**
 * The estimates on the evaluation page as the page writes them. For the commissioner: shares as
 * "12 of 25 (48%)", differences in percentage points, ratios as "times as likely". For the
 * statistician, behind "Statistics details": two decimals. Either way an estimate from a group
 * too small for one ({@link InPlainWords#heldBack}) is "Not shown: fewer than 5 tenants in a
 * group", and in the publication view anything that would give a hidden count away is withheld.
 */
public final class EvaluationEstimates implements Serializable {

    static final String DASH = "\u2013";
    static final String CANNOT = "cannot be worked out";
    static final String WITHHELD = "withheld in the publication view";

    private final Evaluation evaluation;
    private final MinimalImportantChangeComparison mic;
    private final Map<BinaryMeasure, BinaryComparison> binary;
    private final Map<BinaryMeasure, Published> binaryPublished;
    private final boolean publication;
    private final Published published;

    public EvaluationEstimates(Evaluation evaluation, MinimalImportantChangeComparison mic, Map<BinaryMeasure, BinaryComparison> binary,
                               Map<BinaryMeasure, Published> binaryPublished, boolean publication, Published published) {
        this.evaluation = evaluation;
        this.mic = mic;
        this.binary = binary;
        this.binaryPublished = binaryPublished;
        this.publication = publication;
        this.published = published;
    }

    public static String fmt(double value) {
        return Double.isFinite(value) ? String.format(Locale.UK, "%.2f", value) : CANNOT;
    }

    public String getNotShown() {
        return InPlainWords.notShown(publication);
    }

    /** Whether the comparison of scores (ANCOVA, Welch, Hedges' g) is held back for a small group. */
    public boolean isScoresHeldBack() {
        return InPlainWords.heldBack(publication, evaluation.arms().get(Arm.COACHED).analysed(), evaluation.arms().get(Arm.CONTROL).analysed());
    }

    /** An estimate of the score comparison: two decimals, "cannot be worked out", or held back. */
    public String estimate(double value) {
        return isScoresHeldBack() ? getNotShown() : fmt(value);
    }

    /** Its 95% CI, or a dash when held back or not estimable (the estimate's cell says why). */
    public String interval(ConfidenceInterval ci) {
        return isScoresHeldBack() || !Double.isFinite(ci.lower()) || !Double.isFinite(ci.upper()) ? DASH : fmt(ci.lower()) + " to " + fmt(ci.upper());
    }

    public String detail(String label, double value) {
        return isScoresHeldBack() || !Double.isFinite(value) ? DASH : label + " " + fmt(value);
    }

    /** "t 1.38, df 9.23", or a dash. */
    public String getWelchDetail() {
        double t = evaluation.welch().t();
        double df = evaluation.welch().df();
        return isScoresHeldBack() || !Double.isFinite(t) || !Double.isFinite(df) ? DASH : "t " + fmt(t) + ", df " + fmt(df);
    }

    public String p(double p) {
        return isScoresHeldBack() || !Double.isFinite(p) ? DASH : p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
    }

    /** An arm's share reaching the minimal important change: "3 of 6 (50%)", or "&lt;10 of 40" in the publication view. */
    public String share(String arm) {
        Proportion p = mic.reached().get(Arm.valueOf(arm));
        String analysed = "consort.analysed." + arm;
        if (publication && (p.events() < PublicationSuppression.THRESHOLD || published.hides(analysed))) {
            return (p.events() < PublicationSuppression.THRESHOLD ? PublicationSuppression.SHOWN_AS : Integer.toString(p.events()))
                    + " of " + (published.hides(analysed) ? PublicationSuppression.SHOWN_AS : Integer.toString(p.analysed()));
        }
        return InPlainWords.share(p);
    }

    /** The difference in who reached it, in percentage points. */
    public String getMicDifference() {
        Proportion coached = mic.reached().get(Arm.COACHED);
        Proportion control = mic.reached().get(Arm.CONTROL);
        if (publication && (coached.events() < PublicationSuppression.THRESHOLD || control.events() < PublicationSuppression.THRESHOLD
                || published.hides("consort.analysed.COACHED") || published.hides("consort.analysed.CONTROL"))) {
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
        Published p = binaryPublished.get(measure);
        Proportion proportion = binary.get(measure).arms().get(Arm.valueOf(arm));
        String events = "arms." + arm + ".events";
        String analysed = "arms." + arm + ".analysed";
        if (!p.hides(events) && !p.hides(analysed)) {
            return InPlainWords.share(proportion);
        }
        return (p.hides(events) ? PublicationSuppression.SHOWN_AS : Integer.toString(proportion.events())) + " of "
                + (p.hides(analysed) ? PublicationSuppression.SHOWN_AS : Integer.toString(proportion.analysed()));
    }

    public String binaryMissing(BinaryMeasure measure, String arm) {
        long missing = binary.get(measure).consort().missing().getOrDefault(Arm.valueOf(arm), 0);
        return binaryPublished.get(measure).hides("consort.missing." + arm) ? PublicationSuppression.SHOWN_AS : Long.toString(missing);
    }

    public String binaryDifference(BinaryMeasure measure) {
        String held = binaryHeldBack(measure);
        return held != null ? held : InPlainWords.percentagePoints(binary.get(measure).riskDifference());
    }

    public String binaryRatio(BinaryMeasure measure) {
        String held = binaryHeldBack(measure);
        return held != null ? held : InPlainWords.timesAsLikely(binary.get(measure).riskRatio());
    }

    /** Why a yes/no comparison's estimates are not shown, or null when they are. */
    private String binaryHeldBack(BinaryMeasure measure) {
        if (binaryPublished.get(measure).hidden().stream().anyMatch(c -> c.startsWith("arms."))) {
            return WITHHELD;
        }
        Map<Arm, Proportion> arms = binary.get(measure).arms();
        return InPlainWords.heldBack(publication, arms.get(Arm.COACHED).analysed(), arms.get(Arm.CONTROL).analysed()) ? getNotShown() : null;
    }
}
