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
import org.ecdp.domain.audit.boundary.ReadAudit;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.access.HousingRoles;
import org.ecdp.housing.enrolment.control.Caseloads;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.coaching.entity.CoachedTenant;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.housing.enrolment.control.ParticipantAccess;
import org.ecdp.housing.enrolment.entity.Participant;
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
    Users users;

    @Inject
    Audit audit;

    @Inject
    ReadAudit reads;

    @Inject
    Clock clock;

    @Inject
    Caseloads caseloads;

    @Inject
    ParticipantAccess access;

    public List<Coach> coaches() {
        requireCoordinator();
        return em.createNamedQuery(Coach.ACTIVE, Coach.class).getResultList();
    }

    private void requireCoordinator() {
        HousingRoles.require(caller, "Only a coordinator or an administrator manages coaches", Role.COORDINATOR, Role.ADMIN);
    }

    /**
     * Adds a peer life coach, or updates one: the portal account must exist and have the COACH
     * role; the caseload limit may not fall below the tenants they already coach.
     */
    public Coach defineCoach(String username, Integer caseloadLimit, String livedExperience) {
        requireCoordinator();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = username == null ? "" : username.strip();
        Optional<PortalUser> account = name.isEmpty() ? Optional.empty() : users.findByUsername(name);
        // one message for "no such account" and "not a coach": the answer must not tell which accounts exist
        if (account.isEmpty() || !account.get().getRoles().contains(Role.COACH)) {
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

    private Optional<Coach> findCoach(String username) {
        return em.createNamedQuery(Coach.BY_USERNAME, Coach.class).setParameter("username", username).getResultStream().findFirst();
    }

    /** The signed-in coach; someone with the COACH role but no coach record has no caseload yet. */
    public Optional<Coach> me() {
        HousingRoles.require(caller, "Only a coach has a caseload", Role.COACH);
        return findCoach(caller.username());
    }

    public List<Participant> myCaseload() {
        List<Participant> tenants = me()
                .map(c -> em.createNamedQuery(Participant.OF_COACH, Participant.class).setParameter("coach", c).getResultList())
                .orElse(List.of());
        reads.read("housing.caseload.read", "caseload of " + caller.username(), tenants.size());
        return tenants;
    }

    public List<CoachingSession> mySessions(int max) {
        return me().map(c -> em.createNamedQuery(CoachingSession.BY_COACH, CoachingSession.class).setParameter("coach", c)
                .setMaxResults(max).getResultList()).orElse(List.of());
    }

    /** Coached participants of the programme who have had at least one session: "received coaching" in CONSORT. */
    public long receivedCoaching(Programme programme) {
        HousingRoles.require(caller, "Only the evaluator sees the CONSORT flow", Role.EVALUATOR);
        return em.createQuery("select count(distinct s.participantId) from CoachingSession s"
                        + " where s.participantId in (select p.id from Participant p where p.programme = :programme)",
                Long.class).setParameter("programme", programme).getSingleResult();
    }

    /** The tenants {@code coach} has now: for the coordinator, and for a coach about themselves. */
    public long caseload(Coach coach) {
        if (!(caller.has(Role.COACH) && coach.getUsername().equals(caller.username()))) {
            requireCoordinator();
        }
        return caseloads.caseload(coach);
    }

    public Participant assignCoach(long participantId, String coachUsername) {
        HousingRoles.require(caller, "Only a coordinator assigns coaches", Role.COORDINATOR);
        Participant participant = access.find(participantId);
        Coach coach = coachUsername == null ? null : findCoach(coachUsername.strip())
                .orElseThrow(() -> InvalidInput.of("coach", "No coach " + coachUsername));
        participant.assignCoach(coach, coach == null ? 0 : caseloads.caseload(coach));
        audit.record("housing.coach.assign", "participant:" + participantId, coach == null ? "no coach" : coach.getUsername());
        return participant;
    }

    /** Throws 403/404 unless the caller is a coach and the tenant is on their own caseload. */
    public Participant mayLogSessionWith(long participantId) {
        HousingRoles.require(caller, "Only a coach logs sessions", Role.COACH);
        return access.forCaller(participantId, "Only a coach logs sessions");
    }

    /** A session with a tenant on the caller's own caseload; any other tenant is answered as unknown. */
    public CoachingSession logSession(long participantId, LocalDate on, Integer minutes, Set<CoachingTopic> topics) {
        Participant participant = mayLogSessionWith(participantId);
        Coach coach = participant.getCoach();
        CoachingSession session = new CoachingSession(CoachedTenant.of(participant), coach, on, minutes, topics, LocalDate.now(clock));
        em.persist(session);
        return session;
    }
}
