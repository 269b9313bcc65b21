package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.BinaryMeasure;
import org.ecdp.web.shell.Messages;

/**
 * The yes/no outcome form, shared by the coordinator's enrolment page and the coach's caseload
 * page (both include {@code /WEB-INF/includes/binary-outcome-form.xhtml}): the tenant, the
 * outcome, whether it was achieved and the day it was known. The boundary decides whom the
 * caller may record for.
 */
public class BinaryOutcomeForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("participant", "binary:binaryParticipant", "outcome", "binary:binaryOutcome",
            "achieved", "binary:binaryAchieved", "recordedOn", "binary:binaryOn");

    private Long participant;
    private String outcome;
    private Boolean achieved;
    private LocalDate on;

    public BinaryOutcomeForm(LocalDate today) {
        this.on = today;
    }

    /** Records the outcome; {@code true} when saved, else the problems are shown at their fields. */
    public boolean record(Outcomes outcomes) {
        try {
            if (participant == null) {
                throw InvalidInput.of("participant", "Choose the tenant");
            }
            outcomes.recordBinaryOutcome(participant, outcome, achieved, on);
            Messages.info("Outcome recorded.");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    public BinaryMeasure[] getMeasures() { return BinaryMeasure.values(); }
    public Long getParticipant() { return participant; }
    public void setParticipant(Long participant) { this.participant = participant; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public Boolean getAchieved() { return achieved; }
    public void setAchieved(Boolean achieved) { this.achieved = achieved; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
}
