package org.ecdp.web.housing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * /housing/caseload.xhtml: the signed-in coach's tenants and room left ({@link CaseloadRoom}), where each follow-up stands
 * ({@link MeasureLine}), the session, score and shared yes/no outcome forms, and recent sessions.
 */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String AGAIN = "/housing/caseload?faces-redirect=true";

    @Inject
    Coaching coaching;

    @Inject
    Outcomes outcomes;

    @Inject
    Clock clock;

    private CaseloadRoom room;
    private List<Participant> participants;
    private List<CoachingSession> sessions;
    private List<MeasureLine> measures;
    private SessionForm session;
    private ScoreForm score;
    private BinaryOutcomeForm binary;

    @PostConstruct
    void init() {
        room = CaseloadRoom.of(coaching);
        participants = coaching.myCaseload();
        sessions = coaching.mySessions(20);
        LocalDate today = LocalDate.now(clock);
        session = new SessionForm(today);
        score = new ScoreForm(today);
        binary = new BinaryOutcomeForm(today);
        measures = MeasureLine.of(participants, today);
    }

    public String logSession() { return session.log(coaching) ? AGAIN : null; }
    public String recordOutcome() { return score.record(outcomes) ? AGAIN : null; }
    public String recordBinary() { return binary.record(outcomes) ? AGAIN : null; }

    /** The reference of a tenant on the caseload, for the sessions table (sessions know the tenant by id). */
    public String refOf(long id) { return participants.stream().filter(p -> p.getId() == id).map(Participant::getRef).findFirst().orElse(""); }
    public List<Participant> getActiveParticipants() { return participants.stream().filter(p -> !p.isWithdrawn()).toList(); }

    public SessionForm getSession() { return session; }
    public ScoreForm getScore() { return score; }
    public BinaryOutcomeForm getBinary() { return binary; }
    public List<MeasureLine> getMeasures() { return measures; }
    public CaseloadRoom getRoom() { return room; }
    public List<Participant> getParticipants() { return participants; }
    public List<CoachingSession> getSessions() { return sessions; }
}
