package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.entity.ArmSummary;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.WithdrawalReasons;

/**
 * Every count on the evaluation page as the page writes it: the CONSORT flow, the withdrawal
 * reasons, the baseline and window tables, the re-enrolment flag and the allocation audit. In the
 * publication view a count under 10, or one hidden so that it cannot be worked out from a total,
 * is "&lt;10", and a sentence that would carry one says "fewer than 10" or leaves the number out.
 */
public final class EvaluationCounts implements Serializable {

    static final String WITHHELD = "withheld";

    private final Evaluation evaluation;
    private final BaselineTable baseline;
    private final MeasureWindows windows;
    private final WithdrawalReasons reasons;
    private final boolean publication;
    private final Published published;
    private final long received;
    private final long possibleReenrolments;
    private final long allocationsChecked;

    public EvaluationCounts(Evaluation evaluation, BaselineTable baseline, MeasureWindows windows, WithdrawalReasons reasons,
                            boolean publication, long received, long possibleReenrolments, long allocationsChecked) {
        this.evaluation = evaluation;
        this.baseline = baseline;
        this.windows = windows;
        this.reasons = reasons;
        this.publication = publication;
        this.published = publication ? PublicationSuppression.forPublication(evaluation, baseline, windows, reasons) : Published.ALL;
        this.received = received;
        this.possibleReenrolments = possibleReenrolments;
        this.allocationsChecked = allocationsChecked;
    }

    public Published getPublished() {
        return published;
    }

    /** A count as the page shows it: "&lt;10" in the publication view when the cell is hidden. */
    public String shown(String path, long value) {
        return published.hides(path) ? PublicationSuppression.SHOWN_AS : Long.toString(value);
    }

    public String consort(String stage, String arm) {
        var counts = switch (stage) {
            case "allocated" -> evaluation.consort().allocated();
            case "withdrawn" -> evaluation.consort().withdrawn();
            case "missing" -> evaluation.consort().missing();
            default -> evaluation.consort().analysed();
        };
        return shown("consort." + stage + "." + arm, counts.getOrDefault(Arm.valueOf(arm), 0));
    }

    public String getRandomised() {
        return shown("consort.randomised", evaluation.consort().randomised());
    }

    public String getReceived() {
        return publication && received < PublicationSuppression.THRESHOLD ? PublicationSuppression.SHOWN_AS : Long.toString(received);
    }

    public String armCount(String arm, String which) {
        ArmSummary a = evaluation.arms().get(Arm.valueOf(arm));
        return shown("arms." + arm + "." + which, "randomised".equals(which) ? a.randomised() : a.analysed());
    }

    /** An arm's mean or SD: withheld in the publication view when the arm's count is hidden. */
    public String armStat(String arm, double value) {
        return published.hides("arms." + arm + ".analysed") ? WITHHELD : EvaluationEstimates.fmt(value);
    }

    public String baselineN(String instrument, String arm) {
        return shown("baseline.scores." + instrument + "." + arm + ".n", baseline.scores().get(instrument).get(Arm.valueOf(arm)).n());
    }

    public String baselineMeanSd(String instrument, String arm) {
        if (published.hides("baseline.scores." + instrument + "." + arm + ".n")) {
            return WITHHELD;
        }
        var s = baseline.scores().get(instrument).get(Arm.valueOf(arm));
        return EvaluationEstimates.fmt(s.mean()) + " (" + EvaluationEstimates.fmt(s.sd()) + ")";
    }

    public String schemeCount(String scheme, String arm) {
        return shown("baseline.schemes." + scheme + "." + arm, baseline.schemes().get(scheme).get(Arm.valueOf(arm)));
    }

    public String bandCount(String band, String arm) {
        return shown("baseline.bands." + band + "." + arm, baseline.bands().get(band).get(Arm.valueOf(arm)));
    }

    public String windowCount(String status, String arm) {
        return shown("windows." + status + "." + arm, windows.count(status, Arm.valueOf(arm)));
    }

    /** The reasons listed: those given, or in the publication view every reason (so a listed one says nothing). */
    public List<WithdrawalReason> getReasonsListed() {
        return publication ? Arrays.asList(WithdrawalReason.values()) : reasons.given();
    }

    public boolean isAnyWithdrawal() {
        return !reasons.isEmpty();
    }

    /** A reason's count in an arm; in the publication view "&lt;10" for any reason no one in the arm gave. */
    public String reasonCount(WithdrawalReason reason, String arm) {
        int n = reasons.count(Arm.valueOf(arm), reason);
        return n == 0 && publication ? PublicationSuppression.SHOWN_AS : shown(WithdrawalReasons.path(Arm.valueOf(arm), reason), n);
    }

    public long getPossibleReenrolments() {
        return possibleReenrolments;
    }

    /** "3 enrolments", or "Fewer than 10 enrolments" in the publication view. */
    public String getReenrolments() {
        if (publication && possibleReenrolments < PublicationSuppression.THRESHOLD) {
            return "Fewer than 10 enrolments";
        }
        return possibleReenrolments + (possibleReenrolments == 1 ? " enrolment" : " enrolments");
    }

    /** "16 allocations checked", or "every allocation checked" in the publication view (the number is the randomised count). */
    public String getAllocationsChecked() {
        return publication ? "every allocation checked" : String.format(Locale.UK, "%d allocations checked", allocationsChecked);
    }

    /** A scheme's code in words: HARLOW_COURT is "Harlow Court". */
    public String schemeName(String code) {
        return words(code);
    }

    static String words(String code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.toLowerCase(Locale.UK).split("_")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
