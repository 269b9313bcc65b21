package org.ecdp.web.housing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.boundary.Allocations;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.housing.enrolment.entity.MeasureStatus;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.housing.evaluation.boundary.Evaluations;
import org.ecdp.housing.evaluation.entity.BinaryReport;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.Withdrawal;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.web.shell.Messages;

/**
 * /housing/evaluation.xhtml: for a programme, instrument and follow-up (bookmarkable GET
 * parameters) what the result means in a sentence, who took part (the CONSORT flow), the
 * shares and yes/no outcomes, the chart of means, the statistics behind an expander, the
 * allocation chain check and the dataset download. What it shows of the comparisons is the
 * boundary's {@link EvaluationReport} and {@link BinaryReport} for the view (the values the API
 * writes); the page's counts are {@link EvaluationCounts}, its estimates {@link EvaluationEstimates}.
 */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    @Inject
    Programmes programmes;

    @Inject
    Coaching coaching;

    @Inject
    Evaluations evaluations;

    @Inject
    Allocations allocations;

    @Inject
    Instruments instruments;

    private Long programmeId;
    private boolean publication;
    private String instrument;
    private String timepoint = "M3";

    private List<Programme> all;
    private Programme programme;
    private EvaluationReport report;
    private ChainVerification chain;
    private MeansChart chart;
    private EvaluationCounts counts;
    private EvaluationEstimates estimates;
    private final Map<String, String> instrumentNames = new LinkedHashMap<>();

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
        programme.getInstruments().forEach(code -> instrumentNames.put(code, instruments.find(code).map(Instrument::getName).orElse(code)));
        try {
            report = evaluations.report(programmeId, instrument, timepoint, publication);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return;
        }
        Instrument measured = instruments.find(instrument).orElseThrow();
        chart = new MeansChart(evaluations.meansOverTime(programmeId, instrument), measured.getValidMin(), measured.getValidMax(), publication);
        long reenrolments = evaluations.withdrawalsAndFlags(programmeId).stream().filter(Withdrawal::possibleReenrolment).count();
        chain = allocations.verifyChain(programmeId);
        counts = new EvaluationCounts(report, publication, coaching.receivedCoaching(programme), reenrolments, chain.allocationsChecked());
        Map<BinaryMeasure, BinaryReport> binary = new EnumMap<>(BinaryMeasure.class);
        for (BinaryMeasure measure : BinaryMeasure.values()) {
            binary.put(measure, evaluations.binaryReport(programmeId, measure.name(), publication));
        }
        estimates = new EvaluationEstimates(report, evaluations.minimalImportantChange(programmeId, instrument, timepoint), binary, publication);
    }

    /** Streams the pseudonymised dataset as CSV (audited by the boundary). */
    public void downloadDataset() throws IOException {
        DatasetDownload.send(programmeId, evaluations.downloadDataset(programmeId));
    }

    public List<Arm> getArms() { return List.of(Arm.values()); }
    public List<MeasureStatus> getWindowStatuses() { return List.of(MeasureStatus.values()); }
    public List<BinaryMeasure> getBinaryMeasures() { return List.of(BinaryMeasure.values()); }
    public List<Timepoint> getTimepoints() { return List.of(Timepoint.M3, Timepoint.M6, Timepoint.M12); }
    public String getWhen() { return Timepoint.parse(timepoint).label(); }
    public String getInstrumentName() { return instrumentNames.getOrDefault(instrument, instrument); }
    public Map<String, String> getInstrumentNames() { return instrumentNames; }
    public String getWhatThisMeans() { return report.whatThisMeans(); }
    public EvaluationCounts getCounts() { return counts; }
    public EvaluationEstimates getEstimates() { return estimates; }
    public EvaluationReport.Baseline getBaseline() { return report.baseline(); }
    public MeansChart getChart() { return chart; }
    public List<Programme> getAll() { return all; }
    public Programme getProgramme() { return programme; }
    public EvaluationReport getReport() { return report; }
    public ChainVerification getChain() { return chain; }
    public boolean isPublication() { return publication; }
    public void setPublication(boolean publication) { this.publication = publication; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public String getTimepoint() { return timepoint; }
    public void setTimepoint(String timepoint) { this.timepoint = timepoint; }
}
