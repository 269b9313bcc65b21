package org.ecdp.web.housing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.Publication;
import org.ecdp.housing.evaluation.entity.ShownCount;

/**
 * Every count on the evaluation page as the page writes it: the CONSORT flow, the withdrawal
 * reasons, the baseline and window tables from the boundary's {@link EvaluationReport} (already
 * suppressed for the view, the same value the API writes), and the page's own counts (received
 * coaching, the re-enrolment flag, the allocation audit) under the same {@link Publication} rule.
 */
public final class EvaluationCounts implements Serializable {

    static final String WITHHELD = "withheld";

    private final EvaluationReport report;
    private final boolean publication;
    private final long received;
    private final long possibleReenrolments;
    private final long allocationsChecked;

    public EvaluationCounts(EvaluationReport report, boolean publication, long received, long possibleReenrolments, long allocationsChecked) {
        this.report = report;
        this.publication = publication;
        this.received = received;
        this.possibleReenrolments = possibleReenrolments;
        this.allocationsChecked = allocationsChecked;
    }

    public String consort(String stage, String arm) {
        return report.consort().stage(stage, arm).toString();
    }

    public String getRandomised() {
        return report.consort().randomised().toString();
    }

    public String getReceived() {
        return ShownCount.alone(received, publication).toString();
    }

    public String armCount(String arm, String which) {
        EvaluationReport.ArmStatistics a = report.arms().arm(arm);
        return ("randomised".equals(which) ? a.randomised() : a.analysed()).toString();
    }

    /** An arm's baselineMean, followupMean, changeMean or changeSd: withheld in the publication view when the arm's count is hidden. */
    public String armStat(String arm, String which) {
        EvaluationReport.ArmStatistics a = report.arms().arm(arm);
        if (a.analysed().isHidden()) {
            return WITHHELD;
        }
        return EvaluationEstimates.fmt(switch (which) {
            case "baselineMean" -> a.baselineMean();
            case "followupMean" -> a.followupMean();
            case "changeMean" -> a.changeMean();
            default -> a.changeSd();
        });
    }

    public String baselineN(String instrument, String arm) {
        return report.baseline().scores().get(instrument).arm(arm).n().toString();
    }

    public String baselineMeanSd(String instrument, String arm) {
        EvaluationReport.BaselineScoreShown s = report.baseline().scores().get(instrument).arm(arm);
        return s.n().isHidden() ? WITHHELD : EvaluationEstimates.fmt(s.mean()) + " (" + EvaluationEstimates.fmt(s.sd()) + ")";
    }

    public String schemeCount(String scheme, String arm) {
        return report.baseline().schemes().get(scheme).arm(arm).toString();
    }

    public String bandCount(String band, String arm) {
        return report.baseline().bands().get(band).arm(arm).toString();
    }

    public String windowCount(String status, String arm) {
        return report.windows().get(status).arm(arm).toString();
    }

    /** The reasons listed: those given, or in the publication view every reason (so a listed one says nothing). */
    public List<WithdrawalReason> getReasonsListed() {
        return List.copyOf(report.withdrawalReasons().keySet());
    }

    public boolean isAnyWithdrawal() {
        return report.anyWithdrawal();
    }

    /** A reason's count in an arm; in the publication view "&lt;10" for any reason no one in the arm gave. */
    public String reasonCount(WithdrawalReason reason, String arm) {
        return report.withdrawalReasons().get(reason).arm(arm).toString();
    }

    public long getPossibleReenrolments() {
        return possibleReenrolments;
    }

    /** "3 enrolments", or "Fewer than 10 enrolments" in the publication view. */
    public String getReenrolments() {
        if (ShownCount.alone(possibleReenrolments, publication).isHidden()) {
            return "Fewer than " + Publication.THRESHOLD + " enrolments";
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
