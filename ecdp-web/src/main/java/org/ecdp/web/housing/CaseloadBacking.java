package org.ecdp.web.housing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.MeasureStatus;
import org.ecdp.housing.enrolment.entity.OutcomeDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.web.shell.Messages;

/**
 * /housing/caseload.xhtml: the signed-in coach's tenants and room left, a form to log a
 * session (date, length, topics), a form to record an outcome measure, and recent sessions.
 */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    static final Map<String, String> SESSION_FIELDS = Map.of("participant", "session:sessionParticipant", "on", "session:heldOn",
            "minutes", "session:minutes", "topics", "session:topics");
    static final Map<String, String> OUTCOME_FIELDS = Map.of("participant", "outcome:outcomeParticipant",
            "instrument", "outcome:instrument", "timepoint", "outcome:timepoint", "score", "outcome:score",
            "recordedOn", "outcome:recordedOn");

    @Inject
    transient Coaching coaching;

    @Inject
    transient Outcomes outcomes;

    @Inject
    transient Clock clock;

    private boolean coach;
    private int caseloadLimit;
    private long caseload;
    private List<Participant> participants;
    private List<CoachingSession> sessions;

    private Long sessionParticipant;
    private LocalDate heldOn;
    private Integer minutes = 60;
    private List<String> topics = new ArrayList<>();

    private Long outcomeParticipant;
    private String instrument = "HOME_WELLBEING";
    private String timepoint;
    private Double score;
    private LocalDate recordedOn;

    /** One line of the measures table: a tenant, an instrument, and where each follow-up stands. */
    public record MeasureLine(String ref, String instrument, List<String> cells, boolean flagged) implements Serializable {
    }

    private List<MeasureLine> measures;
    private BinaryOutcomeForm binary;

    @PostConstruct
    void init() {
        Coach me = coaching.me().orElse(null);
        coach = me != null;
        caseloadLimit = me == null ? 0 : me.getCaseloadLimit();
        caseload = me == null ? 0 : coaching.caseload(me);
        participants = coaching.myCaseload();
        sessions = coaching.mySessions(20);
        heldOn = LocalDate.now(clock);
        recordedOn = heldOn;
        binary = new BinaryOutcomeForm(heldOn);
        measures = new ArrayList<>();
        for (Participant p : participants) {
            for (String instrument : p.getProgramme().getInstruments()) {
                List<String> cells = new ArrayList<>();
                boolean flagged = false;
                for (Timepoint t : getFollowUps()) {
                    MeasureStatus status = p.measureStatus(instrument, t, heldOn);
                    flagged |= status.isFlagged();
                    cells.add(status.label() + switch (status) {
                        case NOT_YET, DUE, LATE -> " (due " + t.dueOn(p.getEnrolledOn()) + ", window closes "
                                + t.dueOn(p.getEnrolledOn()).plusDays(Timepoint.WINDOW_DAYS) + ")";
                        case MISSING -> " (window closed " + t.dueOn(p.getEnrolledOn()).plusDays(Timepoint.WINDOW_DAYS) + ")";
                        case ON_TIME, OUT_OF_WINDOW -> " on " + p.outcome(instrument, t).orElseThrow().getRecordedOn();
                        case WITHDRAWN -> "";
                    });
                }
                measures.add(new MeasureLine(p.getRef(), instrument, cells, flagged));
            }
        }
    }

    public String recordBinary() {
        return binary.record(outcomes) ? "/housing/caseload?faces-redirect=true" : null;
    }

    public List<MeasureLine> getMeasures() { return measures; }
    public BinaryOutcomeForm getBinary() { return binary; }

    public String logSession() {
        try {
            EnumSet<CoachingTopic> chosen = EnumSet.noneOf(CoachingTopic.class);
            topics.forEach(t -> chosen.add(CoachingTopic.valueOf(t)));
            coaching.logSession(required(sessionParticipant), heldOn, minutes, chosen);
            Messages.info("Session logged.");
            return "/housing/caseload?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, SESSION_FIELDS);
            return null;
        }
    }

    public String recordOutcome() {
        try {
            outcomes.recordOutcome(required(outcomeParticipant), new OutcomeDraft(instrument, timepoint, score, recordedOn));
            Messages.info("Outcome recorded.");
            return "/housing/caseload?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, OUTCOME_FIELDS);
            return null;
        }
    }

    private static long required(Long participant) {
        if (participant == null) {
            throw InvalidInput.of("participant", "Choose a tenant from your caseload");
        }
        return participant;
    }

    /** The reference of a tenant on the caseload, for the sessions table (sessions know the tenant by id). */
    public String refOf(long participantId) {
        return participants.stream().filter(p -> p.getId() == participantId).map(Participant::getRef).findFirst().orElse("");
    }

        public List<Participant> getActiveParticipants() {
        return participants.stream().filter(p -> !p.isWithdrawn()).toList();
    }

    public CoachingTopic[] getTopicChoices() { return CoachingTopic.values(); }
    public Timepoint[] getFollowUps() { return new Timepoint[] {Timepoint.M3, Timepoint.M6, Timepoint.M12}; }
    public boolean isCoach() { return coach; }
    public int getCaseloadLimit() { return caseloadLimit; }
    public long getCaseload() { return caseload; }
    public List<Participant> getParticipants() { return participants; }
    public List<CoachingSession> getSessions() { return sessions; }
    public Long getSessionParticipant() { return sessionParticipant; }
    public void setSessionParticipant(Long sessionParticipant) { this.sessionParticipant = sessionParticipant; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public Long getOutcomeParticipant() { return outcomeParticipant; }
    public void setOutcomeParticipant(Long outcomeParticipant) { this.outcomeParticipant = outcomeParticipant; }
    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public String getTimepoint() { return timepoint; }
    public void setTimepoint(String timepoint) { this.timepoint = timepoint; }
    public Double getScore() { return score; }
    public void setScore(Double score) { this.score = score; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
}
