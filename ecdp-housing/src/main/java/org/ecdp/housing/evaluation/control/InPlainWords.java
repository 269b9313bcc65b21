package org.ecdp.housing.evaluation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.evaluation.entity.Publication;
import org.ecdp.housing.evaluation.entity.RiskDifference;
import org.ecdp.housing.evaluation.entity.RiskRatio;

/**
 * The evaluation's numbers written for a commissioner rather than a statistician: shares as
 * "12 of 25 (48%)", a risk difference in percentage points, a risk ratio as "1.9 times as
 * likely". And the page's rule on small groups: an estimate from a group of fewer than
 * {@link #HELD_BACK_UNDER} tenants is noise (or a meaningless "0.00 (0.00 to 0.00)"), so it is not
 * shown at all; in the publication view the bar is the suppression threshold, so that a result
 * held back says no more about a group's size than "&lt;10" does.
 */
public final class InPlainWords {

    /** No estimate is shown when a group compared has fewer tenants than this. */
    public static final int HELD_BACK_UNDER = 5;
    /** A result from a group of fewer tenants than this is an early sign, and says so. */
    public static final int EARLY_SIGN_UNDER = 20;

    static final String MINUS = "\u2212";

    private InPlainWords() {
    }

    /** The smallest group for which an estimate is shown: 5, or 10 in the publication view. */
    public static int fewestShown(boolean publication) {
        return publication ? Publication.THRESHOLD : HELD_BACK_UNDER;
    }

    /** Whether an estimate comparing groups of these sizes is held back. */
    public static boolean heldBack(boolean publication, int... groups) {
        for (int group : groups) {
            if (group < fewestShown(publication)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a result from groups of these sizes is only an early sign. */
    public static boolean earlySign(int... groups) {
        for (int group : groups) {
            if (group < EARLY_SIGN_UNDER) {
                return true;
            }
        }
        return false;
    }

    /** What the page shows instead of a held-back estimate. */
    public static String notShown(boolean publication) {
        return "Not shown: fewer than " + fewestShown(publication) + " tenants in a group";
    }

    /** "12 of 25 (48%)"; "none known yet" when no one's outcome is known. */
    public static String share(Proportion p) {
        if (p.analysed() == 0) {
            return "none known yet";
        }
        return p.events() + " of " + p.analysed() + " (" + rounded(100 * p.share(), 0) + "%)";
    }

    /** "48 percentage points (95% CI 12 to 84)", coached minus control; "−10 ..." when fewer in the coached group. */
    public static String percentagePoints(RiskDifference rd) {
        if (!Double.isFinite(rd.difference())) {
            return "cannot be worked out";
        }
        String difference = signed(100 * rd.difference(), 0) + " percentage points";
        ConfidenceInterval ci = rd.ci();
        if (!Double.isFinite(ci.lower()) || !Double.isFinite(ci.upper()) || ci.lower() == ci.upper()) {
            return difference + " (no range can be worked out: in each group everyone or no one had this outcome)";
        }
        return difference + " (95% CI " + signed(100 * ci.lower(), 0) + " to " + signed(100 * ci.upper(), 0) + ")";
    }

    /** "1.9 times as likely (95% CI 0.8 to 4.5)", the coached group compared with the control group. */
    public static String timesAsLikely(RiskRatio rr) {
        ConfidenceInterval ci = rr.ci();
        if (!(rr.ratio() > 0) || !Double.isFinite(rr.ratio()) || !Double.isFinite(ci.lower()) || !Double.isFinite(ci.upper())) {
            return "cannot be worked out while a group has no one with this outcome";
        }
        return rounded(rr.ratio(), 1) + " times as likely (95% CI " + rounded(ci.lower(), 1) + " to " + rounded(ci.upper(), 1) + ")";
    }

    /** {@code value} to {@code decimals} places, halves away from zero, with a real minus sign and never "−0". */
    static String signed(double value, int decimals) {
        String text = rounded(Math.abs(value), decimals);
        return value < 0 && !isZero(text) ? MINUS + text : text;
    }

    /** A non-negative {@code value} to {@code decimals} places, halves up. */
    static String rounded(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static boolean isZero(String number) {
        return number.chars().allMatch(c -> c == '0' || c == '.');
    }
}
