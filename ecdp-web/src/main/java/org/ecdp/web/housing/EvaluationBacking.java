package org.ecdp.web.housing;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.allocation.boundary.Allocations;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.evaluation.boundary.Evaluations;
import org.ecdp.housing.evaluation.entity.Withdrawal;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.entity.ArmSummary;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.evaluation.entity.DatasetRow;
import org.ecdp.housing.enrolment.entity.MeasureStatus;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.web.shell.Messages;
import org.ecdp.web.shell.Downloads;

/**
 * /housing/evaluation.xhtml: for a programme, instrument and follow-up (bookmarkable GET
 * parameters) the CONSORT flow as numbers and a diagram, the arms' summaries, the ANCOVA,
 * Welch and Hedges' g results, the allocation chain check and the dataset download.
 */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    @Inject
    transient Programmes programmes;

    @Inject
    transient Coaching coaching;

    @Inject
    transient Evaluations evaluations;

    @Inject
    transient Allocations allocations;

    @Inject
    transient Instruments instruments;

    private Long programmeId;
    private boolean publication;
    private String instrument;
    private String timepoint = "M3";

    static final String WITHHELD = "withheld";

    private List<Programme> all;
    private Programme programme;
    private Evaluation evaluation;
    private ChainVerification chain;
    private long receivedCoaching;
    private Map<String, Long> withdrawalReasons;
    private long possibleReenrolments;
    private MinimalImportantChangeComparison minimalImportantChange;
    private MeansChart chart;
    private BaselineTable baseline;
    private MeasureWindows windows;
    private Published published = Published.ALL;
    private Map<BinaryMeasure, BinaryComparison> binary;
    private Map<BinaryMeasure, Published> binaryPublished;

    /** f:viewAction: runs after the view parameters are set. */
    public void load() {
        all = programmes.all();
        programme = all.stream().filter(p -> p.getId().equals(programmeId)).findFirst().orElse(all.isEmpty() ? null : all.get(0));
        if (programme == null) {
            return;
        }
        programmeId = programme.getId();
        if (instrument == null || !programme.measures(instrument)) {
            instrument = programme.getInstruments().get(0);
        }
        try {
            evaluation = evaluations.evaluate(programmeId, instrument, timepoint);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return;
        }
        minimalImportantChange = evaluations.minimalImportantChange(programmeId, instrument, timepoint);
        instruments.find(instrument).ifPresent(i -> chart = new MeansChart(evaluations.meansOverTime(programmeId, instrument),
                i.getValidMin(), i.getValidMax(), publication));
        baseline = evaluations.baselineTable(programmeId);
        windows = evaluations.measureWindows(programmeId, instrument, Timepoint.parse(timepoint));
        published = publication ? PublicationSuppression.forPublication(evaluation, baseline, windows) : Published.ALL;
        binary = new EnumMap<>(BinaryMeasure.class);
        binaryPublished = new EnumMap<>(BinaryMeasure.class);
        for (BinaryMeasure measure : BinaryMeasure.values()) {
            BinaryComparison comparison = evaluations.compareBinary(programmeId, measure.name());
            binary.put(measure, comparison);
            binaryPublished.put(measure, publication ? PublicationSuppression.forPublication(comparison) : Published.ALL);
        }
        chain = allocations.verifyChain(programmeId);
        receivedCoaching = coaching.receivedCoaching(programme);
        withdrawalReasons = new TreeMap<>();
        possibleReenrolments = 0;
        for (Withdrawal w : evaluations.withdrawalsAndFlags(programmeId)) {
            if (w.withdrawn()) {
                withdrawalReasons.merge(w.arm() + ": " + WithdrawalReason.valueOf(w.reason()).label(), 1L, Long::sum);
            }
            possibleReenrolments += w.possibleReenrolment() ? 1 : 0;
        }
    }

    /** Streams the pseudonymised dataset as CSV (audited by the boundary). */
    public void downloadDataset() throws IOException {
        List<DatasetRow> rows = evaluations.downloadDataset(programmeId);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Downloads.start(external, "text/csv; charset=UTF-8", "programme-" + programmeId + "-dataset.csv");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write(DatasetRow.HEADER + "\n");
            for (DatasetRow row : rows) {
                out.write(row.toCsv() + "\n");
            }
        }
        faces.responseComplete();
    }

    public ArmSummary arm(String arm) {
        return evaluation.arms().get(Arm.valueOf(arm));
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

    /** A count as the page shows it: "<10" in the publication view when the cell is hidden. */
    public String shown(String path, long value) {
        return published.hides(path) ? PublicationSuppression.SHOWN_AS : Long.toString(value);
    }

    public String getRandomised() {
        return shown("consort.randomised", evaluation.consort().randomised());
    }

    public String getReceived() {
        return publication && receivedCoaching < PublicationSuppression.THRESHOLD ? PublicationSuppression.SHOWN_AS
                : Long.toString(receivedCoaching);
    }

    public String armCount(String arm, String which) {
        ArmSummary a = arm(arm);
        return shown("arms." + arm + "." + which, "randomised".equals(which) ? a.randomised() : a.analysed());
    }

    /** Baseline table cells. */
    public String baselineN(String instrument, String arm) {
        return shown("baseline.scores." + instrument + "." + arm + ".n", baseline.scores().get(instrument).get(Arm.valueOf(arm)).n());
    }

    public String baselineMeanSd(String instrument, String arm) {
        if (published.hides("baseline.scores." + instrument + "." + arm + ".n")) {
            return WITHHELD;
        }
        var s = baseline.scores().get(instrument).get(Arm.valueOf(arm));
        return fmt(s.mean()) + " (" + fmt(s.sd()) + ")";
    }

    /** An arm's mean or SD as the page shows it: withheld in the publication view when the arm's count is hidden. */
    public String armStat(String arm, double value) {
        return published.hides("arms." + arm + ".analysed") ? WITHHELD : fmt(value);
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

    public List<MeasureStatus> getWindowStatuses() {
        return List.of(MeasureStatus.values());
    }

    public List<BinaryMeasure> getBinaryMeasures() {
        return List.of(BinaryMeasure.values());
    }

    /** "34 of 40 (85%)", or "<10 of 40" in the publication view. */
    public String binaryShare(BinaryMeasure measure, String arm) {
        Published p = binaryPublished.get(measure);
        Proportion proportion = binary.get(measure).arms().get(Arm.valueOf(arm));
        String events = "arms." + arm + ".events";
        String analysed = "arms." + arm + ".analysed";
        boolean hidden = p.hides(events) || p.hides(analysed);
        return (p.hides(events) ? PublicationSuppression.SHOWN_AS : Integer.toString(proportion.events())) + " of "
                + (p.hides(analysed) ? PublicationSuppression.SHOWN_AS : Integer.toString(proportion.analysed()))
                + (hidden || proportion.analysed() == 0 ? "" : String.format(Locale.UK, " (%.0f%%)", 100 * proportion.share()));
    }

    public boolean binaryEstimatesHidden(BinaryMeasure measure) {
        return binaryPublished.get(measure).hidden().stream().anyMatch(c -> c.startsWith("arms."));
    }

    public String binaryMissing(BinaryMeasure measure, String arm) {
        return shownIn(binaryPublished.get(measure), "consort.missing." + arm, binary.get(measure).consort().missing().get(Arm.valueOf(arm)));
    }

    private static String shownIn(Published p, String path, long value) {
        return p.hides(path) ? PublicationSuppression.SHOWN_AS : Long.toString(value);
    }

    /** A number for people: two decimals, or "not estimable" when the data cannot give it. */
    public String share(String arm) {
        Proportion p = minimalImportantChange.reached().get(Arm.valueOf(arm));
        if (publication && (p.events() < PublicationSuppression.THRESHOLD || published.hides("consort.analysed." + arm))) {
            return (p.events() < PublicationSuppression.THRESHOLD ? PublicationSuppression.SHOWN_AS : Integer.toString(p.events()))
                    + " of " + shown("consort.analysed." + arm, p.analysed());
        }
        return p.events() + " of " + p.analysed() + (p.analysed() == 0 ? "" : String.format(Locale.UK, " (%.0f%%)", 100 * p.share()));
    }

    /** In the publication view the MIC risk difference is withheld when an arm's count is hidden. */
    public boolean isMicHidden() {
        return publication && minimalImportantChange.reached().values().stream()
                .anyMatch(p -> p.events() < PublicationSuppression.THRESHOLD || p.analysed() < PublicationSuppression.THRESHOLD);
    }

    public String fmt(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "not estimable" : String.format(Locale.UK, "%.2f", value);
    }

    public String ci(ConfidenceInterval ci) {
        return Double.isNaN(ci.lower()) ? "not estimable" : fmt(ci.lower()) + " to " + fmt(ci.upper());
    }

    public String p(double p) {
        return Double.isNaN(p) ? "not estimable" : p < 0.001 ? "< 0.001" : String.format(Locale.UK, "%.3f", p);
    }

    public Map<String, String> getTimepoints() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("M3", "3 months");
        choices.put("M6", "6 months");
        choices.put("M12", "12 months");
        return choices;
    }

    public BaselineTable getBaseline() { return baseline; }
    public MeasureWindows getWindows() { return windows; }
    public Map<BinaryMeasure, BinaryComparison> getBinary() { return binary; }
    public boolean isPublication() { return publication; }
    public void setPublication(boolean publication) { this.publication = publication; }
    public MinimalImportantChangeComparison getMinimalImportantChange() { return minimalImportantChange; }
    public MeansChart getChart() { return chart; }
    public List<Programme> getAll() { return all; }
    public Programme getProgramme() { return programme; }
    public Evaluation getEvaluation() { return evaluation; }
    public ChainVerification getChain() { return chain; }
    public long getReceivedCoaching() { return receivedCoaching; }
    public Map<String, Long> getWithdrawalReasons() { return withdrawalReasons; }
    public long getPossibleReenrolments() { return possibleReenrolments; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public String getTimepoint() { return timepoint; }
    public void setTimepoint(String timepoint) { this.timepoint = timepoint; }
}
