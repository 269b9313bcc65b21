package org.ecdp.housing.coaching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.coaching.entity.Coach;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.housing.programme.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;

/**
 * Peer life coaches and their work: the signed-in coach's caseload and sessions, assigning a
 * coached tenant to a coach with room (never a control tenant), and logging a session.
 */
@ApplicationScoped
@Transactional
public class Coaching {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    org.ecdp.domain.user.boundary.Users users;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    public List<Coach> coaches() {
        return em.createNamedQuery(Coach.ACTIVE, Coach.class).getResultList();
    }

    /**
     * Adds a peer life coach, or updates one: the portal account must exist and have the COACH
     * role; the caseload limit may not fall below the tenants they already coach.
     */
    public Coach defineCoach(String username, Integer caseloadLimit, String livedExperience) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = username == null ? "" : username.strip();
        var account = name.isEmpty() ? Optional.<org.ecdp.domain.user.entity.PortalUser>empty() : users.findByUsername(name);
        // one message for "no such account" and "not a coach": the answer must not tell which accounts exist
        if (account.isEmpty() || !account.get().getRoles().contains(org.ecdp.domain.user.entity.Role.COACH)) {
            problems.reject("coach", "Name a portal account that has the coach role");
        }
        problems.throwIfAny();
        name = account.get().getUsername();
        Optional<Coach> existing = findCoach(name);
        String coachName = name;
        Coach coach = existing.orElseGet(() -> new Coach(coachName, caseloadLimit == null ? 0 : caseloadLimit));
        coach.describe(caseloadLimit, livedExperience);
        if (existing.isPresent() && caseload(coach) > caseloadLimit) {
            throw InvalidInput.of("caseloadLimit", name + " already coaches " + caseload(coach) + " tenants");
        }
        if (existing.isEmpty()) {
            em.persist(coach);
        }
        audit.record("housing.coach.define", "coach:" + name, "caseload limit " + caseloadLimit);
        return coach;
    }

    public Optional<Coach> findCoach(String username) {
        return em.createNamedQuery(Coach.BY_USERNAME, Coach.class).setParameter("username", username).getResultStream().findFirst();
    }

    /** The signed-in coach; someone with the COACH role but no coach record has no caseload yet. */
    public Optional<Coach> me() {
        return findCoach(caller.username());
    }

    public List<Participant> myCaseload() {
        return me().map(c -> em.createNamedQuery(Participant.OF_COACH, Participant.class).setParameter("coach", c).getResultList())
                .orElse(List.of());
    }

    public List<CoachingSession> mySessions(int max) {
        return me().map(c -> em.createNamedQuery(CoachingSession.BY_COACH, CoachingSession.class).setParameter("coach", c)
                .setMaxResults(max).getResultList()).orElse(List.of());
    }

    /** Coached participants of the programme who have had at least one session: "received coaching" in CONSORT. */
    public long receivedCoaching(Programme programme) {
        return em.createQuery("select count(distinct s.participant) from CoachingSession s where s.participant.programme = :programme",
                Long.class).setParameter("programme", programme).getSingleResult();
    }

    public long caseload(Coach coach) {
        return em.createNamedQuery(Participant.CASELOAD, Long.class).setParameter("coach", coach).getSingleResult();
    }

    public Participant assignCoach(long participantId, String coachUsername) {
        Participant participant = participant(participantId);
        Coach coach = coachUsername == null ? null : findCoach(coachUsername.strip())
                .orElseThrow(() -> InvalidInput.of("coach", "No coach " + coachUsername));
        participant.assignCoach(coach, coach == null ? 0 : caseload(coach));
        audit.record("housing.coach.assign", "participant:" + participantId, coach.getUsername());
        return participant;
    }

    public CoachingSession logSession(long participantId, LocalDate on, Integer minutes, Set<CoachingTopic> topics) {
        Participant participant = participant(participantId);
        Coach coach = me().orElseThrow(() -> InvalidInput.of("participant", "You have no caseload as a coach"));
        CoachingSession session = new CoachingSession(participant, coach, on, minutes, topics, LocalDate.now(clock));
        em.persist(session);
        return session;
    }

    private Participant participant(long participantId) {
        return Optional.ofNullable(em.find(Participant.class, participantId))
                .orElseThrow(() -> new NotFound("No participant " + participantId));
    }
}
