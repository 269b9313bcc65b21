package org.ecdp.mentoring.match.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.mentoring.match.entity.GoalProgress;
import org.ecdp.mentoring.match.entity.Journey;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MentoringSession;
import org.ecdp.mentoring.request.entity.MentoringRequest;

/**
 * Sessions and goal progress on a match, and the person's journey across all their matches. A
 * theme heard in a session goes to the lived experience log through {@link Matching#themeHeard}
 * in the same transaction, so a refused theme leaves no session behind. Reading a journey is audited.
 */
@ApplicationScoped
@Transactional
public class Journeys {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ReadAudit reads;

    @Inject
    Clock clock;

    @Inject
    Matching matching;

    /** Records a session; with {@code themes}, also logs them (with {@code themeSummary}) to the Peer Mentoring tab. */
    public MentoringSession recordSession(long matchId, LocalDate heldOn, Integer minutes, String whatWasDone, String place,
            List<String> themes, String themeSummary) {
        Match match = match(matchId);
        MentoringSession session = new MentoringSession(match, heldOn, minutes, whatWasDone, place, today(), caller.username());
        em.persist(session);
        em.flush();
        audit.record("mentoring.session.record", "match " + matchId, heldOn + ", " + minutes + " minutes");
        if (themes != null && !themes.isEmpty()) {
            matching.themeHeard(matchId, themes, themeSummary);
        }
        return session;
    }

    public GoalProgress recordProgress(long matchId, String goal, Integer score, String notes) {
        Match match = match(matchId);
        GoalProgress progress = new GoalProgress(match, goal, score, notes, today(), caller.username());
        em.persist(progress);
        em.flush();
        audit.record("mentoring.progress.record", "match " + matchId, progress.getGoal() + " " + score + "/10");
        return progress;
    }

    public List<MentoringSession> sessions(long matchId) {
        Match match = match(matchId);
        List<MentoringSession> sessions = em.createQuery("select s from MentoringSession s where s.match = :m order by s.heldOn, s.id",
                MentoringSession.class).setParameter("m", match).getResultList();
        reads.read("mentoring.sessions.read", "match " + matchId, sessions.size());
        return sessions;
    }

    public List<GoalProgress> progress(long matchId) {
        Match match = match(matchId);
        List<GoalProgress> progress = em.createQuery("select p from GoalProgress p where p.match = :m order by p.recordedOn, p.id",
                GoalProgress.class).setParameter("m", match).getResultList();
        reads.read("mentoring.progress.read", "match " + matchId, progress.size());
        return progress;
    }

    /** Everything about one person's mentoring, oldest first; reading it is audited. */
    public Journey journey(long requestId) {
        requireCoordinator();
        MentoringRequest request = em.find(MentoringRequest.class, requestId);
        if (request == null) {
            throw new NotFound("No request " + requestId);
        }
        List<Match> matches = em.createQuery("select m from MentoringMatch m where m.request = :r order by m.suggestedOn, m.id", Match.class)
                .setParameter("r", request).getResultList();
        List<MentoringSession> sessions = em.createQuery(
                        "select s from MentoringSession s where s.match.request = :r order by s.heldOn, s.id", MentoringSession.class)
                .setParameter("r", request).getResultList();
        List<GoalProgress> progress = em.createQuery(
                        "select p from GoalProgress p where p.match.request = :r order by p.goal, p.recordedOn, p.id", GoalProgress.class)
                .setParameter("r", request).getResultList();
        audit.record("mentoring.journey.view", "request " + requestId, request.getRef());
        return new Journey(request, matches, sessions, progress);
    }

    private Match match(long id) {
        requireCoordinator();
        return matching.get(id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator records and reads mentoring journeys");
        }
    }
}
