package org.ecdp.web.housing;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.OutcomeDraft;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.web.shell.Messages;

/**
 * The caseload page's "Record an outcome measure" form: a tenant's total score on an instrument
 * at a follow-up, and the day it was measured.
 */
public class ScoreForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("participant", "outcome:outcomeParticipant",
            "instrument", "outcome:instrument", "timepoint", "outcome:timepoint", "score", "outcome:score",
            "recordedOn", "outcome:recordedOn");

    private Long participant;
    private String instrument = "HOME_WELLBEING";
    private String timepoint;
    private Double score;
    private LocalDate recordedOn;

    public ScoreForm(LocalDate today) {
        this.recordedOn = today;
    }

    /** Records the score; {@code true} when saved, else the problems are shown at their fields. */
    public boolean record(Outcomes outcomes) {
        try {
            outcomes.recordOutcome(required(participant), new OutcomeDraft(instrument, timepoint, score, recordedOn));
            Messages.info("Outcome recorded.");
            return true;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FIELDS);
            return false;
        }
    }

    static long required(Long participant) {
        if (participant == null) {
            throw InvalidInput.of("participant", "Choose a tenant from your caseload");
        }
        return participant;
    }

    /** The follow-ups a coach measures. */
    public Timepoint[] getFollowUps() { return MeasureLine.FOLLOW_UPS.clone(); }
    public Long getParticipant() { return participant; }
    public void setParticipant(Long participant) { this.participant = participant; }
    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public String getTimepoint() { return timepoint; }
    public void setTimepoint(String timepoint) { this.timepoint = timepoint; }
    public Double getScore() { return score; }
    public void setScore(Double score) { this.score = score; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
}
