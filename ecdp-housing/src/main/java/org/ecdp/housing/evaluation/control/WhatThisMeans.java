package org.ecdp.housing.evaluation.control;

import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.housing.evaluation.entity.Ancova;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.Published;

/**
 * The evaluation's headline for a commissioner, in one or two sentences generated from the
 * primary analysis (the ANCOVA effect, adjusted for baseline): how many points higher or lower
 * the coached group scored, the likely range (the 95% CI) and the group sizes, e.g. "Tenants who
 * were coached scored on average 4.2 points higher (better) on WEMWBS at 6 months than those who
 * were not (likely between 1.1 and 7.3 points), comparing 24 coached and 23 control tenants. This
 * difference is unlikely to be chance."
 *
 * <p>Honest about what the numbers cannot say: when the likely range includes no difference,
 * "we cannot tell whether coaching made a difference"; when a group has fewer than
 * {@value InPlainWords#EARLY_SIGN_UNDER} tenants, "treat this as an early sign"; and when a group
 * is too small for an estimate at all ({@link InPlainWords#heldBack}), no effect is given. In the
 * publication view no group size under 10, or hidden to protect one, is written.
 */
public final class WhatThisMeans {

    static final String SAME = "about the same";
    static final String CHANCE = "This difference is unlikely to be chance.";
    static final String CANNOT_TELL = "so we cannot tell whether coaching made a difference.";
    static final String EARLY_SIGN = "These groups are small, so treat this as an early sign.";

    private WhatThisMeans() {
    }

    /**
     * @param instrument     the instrument's name for people (not its code)
     * @param higherIsBetter whether a higher score on it means better
     */
    public static String of(Evaluation evaluation, Published published, String instrument, boolean higherIsBetter, Timepoint when) {
        int coached = evaluation.arms().get(Arm.COACHED).analysed();
        int control = evaluation.arms().get(Arm.CONTROL).analysed();
        boolean publication = published.isForPublication();
        String at = " at " + when.label();
        if (InPlainWords.heldBack(publication, coached, control)) {
            return InPlainWords.notShown(publication) + ". "
                    + (publication ? "Results from groups this small are not published."
                    : "So far " + coached + " coached and " + control + " control tenants have a score on " + instrument + at
                    + ", too few to say whether coaching made a difference.");
        }
        String comparing = published.hides("arms.COACHED.analysed") || published.hides("arms.CONTROL.analysed")
                ? "comparing the coached and control groups (their sizes are not shown in the publication view)"
                : "comparing " + coached + " coached and " + control + " control tenants";
        String caution = InPlainWords.earlySign(coached, control) ? " " + EARLY_SIGN : "";
        Ancova ancova = evaluation.ancova();
        double low = ancova.ci().lower();
        double high = ancova.ci().upper();
        if (!Double.isFinite(ancova.effect()) || !Double.isFinite(low) || !Double.isFinite(high)) {
            return "The difference in " + instrument + " scores" + at + " cannot be worked out from these scores yet, " + comparing + ".";
        }
        String difference = difference(ancova.effect(), higherIsBetter);
        String scored = "Tenants who were coached scored on average " + difference + " on " + instrument + at
                + (difference.equals(SAME) ? " as" : " than") + " those who were not";
        if (low > 0 || high < 0) {
            String range = high < 0 ? points(-high) + " and " + points(-low) + " points lower" : points(low) + " and " + points(high) + " points";
            return scored + " (likely between " + range + "), " + comparing + ". " + CHANCE + caution;
        }
        return scored + ", " + comparing + ". The likely range runs from " + bound(low) + " to " + bound(high)
                + ", " + CANNOT_TELL + caution;
    }

    /** "4.2 points higher (better)", "0.6 points lower (worse)", "about the same". */
    private static String difference(double effect, boolean higherIsBetter) {
        String size = points(Math.abs(effect));
        if (InPlainWords.isZero(size)) {
            return SAME;
        }
        boolean higher = effect > 0;
        return size + " points " + (higher ? "higher" : "lower") + (higher == higherIsBetter ? " (better)" : " (worse)");
    }

    /** One end of the likely range: "1.3 points lower", "4.1 points higher", "no difference". */
    private static String bound(double value) {
        String size = points(Math.abs(value));
        if (InPlainWords.isZero(size)) {
            return "no difference";
        }
        return size + " points " + (value > 0 ? "higher" : "lower");
    }

    private static String points(double value) {
        return InPlainWords.rounded(value, 1);
    }
}
