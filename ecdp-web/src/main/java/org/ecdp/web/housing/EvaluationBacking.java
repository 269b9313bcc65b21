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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.evaluation.entity.ArmSummary;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.DatasetRow;
import org.ecdp.housing.programme.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.web.shell.Messages;

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

    private Long programmeId;
    private String instrument;
    private String timepoint = "M3";

    private List<Programme> all;
    private Programme programme;
    private Evaluation evaluation;
    private ChainVerification chain;
    private long receivedCoaching;
    private Map<String, Long> withdrawalReasons;

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
            evaluation = programmes.evaluate(programmeId, instrument, timepoint);
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of());
            return;
        }
        chain = programmes.verifyChain(programmeId);
        receivedCoaching = coaching.receivedCoaching(programme);
        withdrawalReasons = new TreeMap<>();
        for (Participant p : programmes.participants(programmeId)) {
            if (p.isWithdrawn()) {
                withdrawalReasons.merge(p.getArm() + ": " + p.getWithdrawalReason(), 1L, Long::sum);
            }
        }
    }

    /** Streams the pseudonymised dataset as CSV (audited by the boundary). */
    public void downloadDataset() throws IOException {
        List<DatasetRow> rows = programmes.downloadDataset(programmeId);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"programme-" + programmeId + "-dataset.csv\"");
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

    public int consort(String stage, String arm) {
        var counts = switch (stage) {
            case "allocated" -> evaluation.consort().allocated();
            case "withdrawn" -> evaluation.consort().withdrawn();
            case "missing" -> evaluation.consort().missing();
            default -> evaluation.consort().analysed();
        };
        return counts.getOrDefault(Arm.valueOf(arm), 0);
    }

    /** A number for people: two decimals, or "not estimable" when the data cannot give it. */
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

    public List<Programme> getAll() { return all; }
    public Programme getProgramme() { return programme; }
    public Evaluation getEvaluation() { return evaluation; }
    public ChainVerification getChain() { return chain; }
    public long getReceivedCoaching() { return receivedCoaching; }
    public Map<String, Long> getWithdrawalReasons() { return withdrawalReasons; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public String getTimepoint() { return timepoint; }
    public void setTimepoint(String timepoint) { this.timepoint = timepoint; }
}
