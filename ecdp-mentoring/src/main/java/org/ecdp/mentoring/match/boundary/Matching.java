package org.ecdp.mentoring.match.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.event.ThemeHeard;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.AlreadyTaken;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.mentoring.match.entity.ClosingReason;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.mentoring.match.entity.MatchStage;
import org.ecdp.mentoring.match.entity.PairRule;
import org.ecdp.mentoring.matching.control.Matchmaker;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.Pair;
import org.ecdp.mentoring.matching.entity.PairAssessment;
import org.ecdp.mentoring.matching.entity.ScoreMatrix;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.WaitingRequest;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/**
 * The coordinator's matching and the workflow that follows. A run takes everyone waiting (or
 * the requests named) and every active volunteer (or those named), applies the coordinator's
 * pins and forbidden pairs and every declined pair, and keeps its answer. From a run or from "best
 * volunteers for this person" the coordinator proposes a pair; the match then moves through
 * introduction, the first meeting, reviews and closing. Safeguarding is re-checked when a pair is
 * proposed, so a stale suggestion can never become an unsafe match.
 */
@ApplicationScoped
@Transactional
public class Matching {

    public static final int BEST = 5;

    /** The service whose tab of the lived experience log hears mentoring's themes. */
    public static final String SERVICE = "PEER_MENTORING";

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Event<ThemeHeard> heard;

    @Inject
    Weights weights;

    /** A matchmaker with the weights in force now, so a change of weights applies from the next run. */
    private Matchmaker matchmaker() {
        return new Matchmaker(weights.current());
    }

    /**
     * Runs matching over the requests and volunteers named (null: all waiting / all active) and
     * keeps the result. An unknown id, a request no longer waiting or a volunteer not active is
     * refused naming {@code requests} or {@code volunteers}.
     */
    public MatchRun run(List<Long> requestIds, List<Long> volunteerIds) {
        requireCoordinator();
        LocalDate today = today();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<MentoringRequest> requests = requestIds == null ? waitingRequests() : requests(requestIds, problems);
        List<Volunteer> volunteers = volunteerIds == null ? activeVolunteers() : volunteers(volunteerIds, problems);
        problems.throwIfAny();
        Map<Long, Integer> taken = placesTaken();
        List<WaitingRequest> waiting = requests.stream().map(MentoringRequest::waiting).toList();
        List<VolunteerProfile> profiles = volunteers.stream().map(v -> v.profile(taken.getOrDefault(v.getId(), 0))).toList();
        MatchingContext context = context(today, waiting, profiles);
        Matchmaker matchmaker = matchmaker();
        org.ecdp.mentoring.matching.entity.MatchRun result = matchmaker.run(waiting, profiles, context);
        ScoreMatrix scores = matchmaker.scoreMatrix(waiting, profiles, context);
        MatchRun run = new MatchRun(result, scores, matchmaker.weights(), caller.username(), Instant.now(clock), today);
        em.persist(run);
        em.flush();
        audit.record("mentoring.run", "run " + run.getId(), run.getMatched() + " of " + run.getWaiting() + " matched");
        return run;
    }

    public Optional<MatchRun> findRun(long id) {
        requireCoordinator();
        return Optional.ofNullable(em.find(MatchRun.class, id));
    }

    public MatchRun getRun(long id) {
        return findRun(id).orElseThrow(() -> new NotFound("No match run " + id));
    }

    /** The best {@link #BEST} volunteers for one waiting person today, with their reasons. */
    public List<Assignment> bestVolunteersFor(long requestId) {
        requireCoordinator();
        MentoringRequest request = request(requestId, "request");
        Map<Long, Integer> taken = placesTaken();
        List<VolunteerProfile> profiles = activeVolunteers().stream().map(v -> v.profile(taken.getOrDefault(v.getId(), 0))).toList();
        WaitingRequest waiting = request.waiting();
        return matchmaker().bestVolunteersFor(waiting, profiles, context(today(), List.of(waiting), profiles), BEST);
    }

    /**
     * Puts a pair to both people; refused if it is no longer safe, possible or free. The person's
     * and then the volunteer's rows are locked before anything is read, so two coordinators (or a
     * double click) proposing at once are served one after the other: the second sees the first's
     * match and is refused with {@link AlreadyTaken}, instead of giving one person two open
     * matches or a volunteer more people than their capacity. Always person before volunteer, so
     * two proposals never wait for each other.
     */
    public Match propose(long requestId, long volunteerId, Long runId) {
        requireCoordinator();
        MentoringRequest request = em.find(MentoringRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFound("No request " + requestId);
        }
        Volunteer volunteer = em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
        if (volunteer == null) {
            throw InvalidInput.of("volunteer", "No volunteer " + volunteerId);
        }
        if (!isWaiting(request)) {
            if (request.isWithdrawn()) {
                throw InvalidInput.of("request", "This person has withdrawn their request");
            }
            throw new AlreadyTaken("This person already has a proposed or active match");
        }
        LocalDate today = today();
        VolunteerProfile profile = volunteer.profile(placesTaken().getOrDefault(volunteerId, 0));
        if (profile.freePlaces() == 0) {
            throw new AlreadyTaken("This volunteer has no free place left");
        }
        WaitingRequest waiting = request.waiting();
        PairAssessment assessment = matchmaker().assess(waiting, profile, context(today, List.of(waiting), List.of(profile)));
        if (!assessment.allowed()) {
            throw InvalidInput.of("volunteer", assessment.violations().stream().map(v -> v.reason()).collect(Collectors.joining("; ")));
        }
        Match match = new Match(request, volunteer, runId, assessment.score().points(), today, caller.username());
        match.propose(today, caller.username());
        em.persist(match);
        em.createQuery("delete from PairRule p where p.requestId = :r and p.kind = :k")
                .setParameter("r", requestId).setParameter("k", PairRule.Kind.PIN).executeUpdate();
        em.flush();
        audit.record("mentoring.match.propose", "match " + match.getId(), "request " + requestId + " with volunteer " + volunteerId);
        return match;
    }

    public Match decline(long matchId, String reason) {
        Match match = match(matchId);
        match.decline(reason, today(), caller.username());
        audit.record("mentoring.match.decline", "match " + matchId, reason);
        return match;
    }

    public Match introduce(long matchId, LocalDate firstMeeting) {
        Match match = match(matchId);
        match.introduce(firstMeeting, today(), caller.username());
        audit.record("mentoring.match.introduce", "match " + matchId, "first meeting " + firstMeeting);
        return match;
    }

    public Match activate(long matchId) {
        Match match = match(matchId);
        match.activate(today(), caller.username());
        audit.record("mentoring.match.activate", "match " + matchId, null);
        return match;
    }

    public Match review(long matchId, String notes) {
        Match match = match(matchId);
        match.review(notes, today(), caller.username());
        audit.record("mentoring.match.review", "match " + matchId, "review " + match.getReviewsDone());
        return match;
    }

    public Match close(long matchId, ClosingReason reason, String outcome) {
        Match match = match(matchId);
        match.close(reason, outcome, today(), caller.username());
        audit.record("mentoring.match.close", "match " + matchId, reason == null ? null : reason.name());
        return match;
    }

    /**
     * A theme the mentor or the person raised in an active match, sent to the Peer Mentoring tab
     * of the lived experience log (mentoring does not know the log: it fires the shared event).
     */
    public void themeHeard(long matchId, List<String> themes, String summary) {
        Match match = match(matchId);
        if (match.getStage() != MatchStage.ACTIVE && match.getStage() != MatchStage.INTRODUCED) {
            throw InvalidInput.of("stage", "Themes are logged from matches that have started");
        }
        heard.fire(new ThemeHeard(SERVICE, themes, summary, today(), caller.username()));
        audit.record("mentoring.theme-heard", "match " + matchId, String.join(",", themes == null ? List.of() : themes));
    }

    /** Keeps this pair in the next runs while the person waits. */
    public void pin(long requestId, long volunteerId) {
        requireCoordinator();
        Pair pair = Pair.of(request(requestId, "request").getId(), volunteer(volunteerId).getId());
        em.createQuery("delete from PairRule p where p.requestId = :r and p.kind = :k")
                .setParameter("r", requestId).setParameter("k", PairRule.Kind.PIN).executeUpdate();
        em.persist(new PairRule(pair, PairRule.Kind.PIN, null, Instant.now(clock), caller.username()));
        audit.record("mentoring.pair.pin", "request " + requestId, "volunteer " + volunteerId);
    }

    public void unpin(long requestId) {
        requireCoordinator();
        em.createQuery("delete from PairRule p where p.requestId = :r and p.kind = :k")
                .setParameter("r", requestId).setParameter("k", PairRule.Kind.PIN).executeUpdate();
    }

    /** Never suggests this pair again (and drops a pin on it). */
    public void forbid(long requestId, long volunteerId, String reason) {
        requireCoordinator();
        Pair pair = Pair.of(request(requestId, "request").getId(), volunteer(volunteerId).getId());
        em.createQuery("delete from PairRule p where p.requestId = :r and p.volunteerId = :v")
                .setParameter("r", requestId).setParameter("v", volunteerId).executeUpdate();
        em.persist(new PairRule(pair, PairRule.Kind.EXCLUDE, reason, Instant.now(clock), caller.username()));
        audit.record("mentoring.pair.forbid", "request " + requestId, "volunteer " + volunteerId + (reason == null ? "" : ": " + reason));
    }

    public Set<Pair> pins() {
        requireCoordinator();
        return rules(PairRule.Kind.PIN);
    }

    public Set<Pair> forbidden() {
        requireCoordinator();
        return rules(PairRule.Kind.EXCLUDE);
    }

    /** Matches under way (proposed, introduced, active), oldest first. */
    public List<Match> open() {
        requireCoordinator();
        return em.createQuery("select m from MentoringMatch m where m.stage in :open order by m.proposedOn, m.id", Match.class)
                .setParameter("open", Match.OPEN).getResultList();
    }

    /** Volunteers and requests by id, for showing a run or a score matrix with names and references. */
    public Map<Long, Volunteer> volunteersById() {
        requireCoordinator();
        Map<Long, Volunteer> byId = new LinkedHashMap<>();
        em.createQuery("select v from Volunteer v order by v.id", Volunteer.class).getResultList().forEach(v -> byId.put(v.getId(), v));
        return byId;
    }

    public Map<Long, MentoringRequest> requestsById() {
        requireCoordinator();
        Map<Long, MentoringRequest> byId = new LinkedHashMap<>();
        em.createQuery("select r from MentoringRequest r order by r.id", MentoringRequest.class).getResultList().forEach(r -> byId.put(r.getId(), r));
        return byId;
    }

    /** How many places each volunteer's proposed, introduced and active matches take. */
    public Map<Long, Integer> placesTaken() {
        Map<Long, Integer> taken = new HashMap<>();
        for (Match m : em.createNamedQuery(Match.HOLDING_PLACES, Match.class).setParameter("stages", Match.OPEN).getResultList()) {
            taken.merge(m.getVolunteer().getId(), 1, Integer::sum);
        }
        return taken;
    }

    private MatchingContext context(LocalDate today, List<WaitingRequest> requests, List<VolunteerProfile> volunteers) {
        Set<Long> requestIds = requests.stream().map(WaitingRequest::id).collect(Collectors.toSet());
        Map<Long, VolunteerProfile> byId = volunteers.stream().collect(Collectors.toMap(VolunteerProfile::id, v -> v));
        Set<Pair> declined = em.createQuery("select m from MentoringMatch m where m.stage = :d", Match.class)
                .setParameter("d", MatchStage.DECLINED).getResultStream().map(Match::pair).collect(Collectors.toSet());
        MatchingContext context = new MatchingContext(today, rules(PairRule.Kind.EXCLUDE), declined, Set.of());
        Map<Long, WaitingRequest> requestById = requests.stream().collect(Collectors.toMap(WaitingRequest::id, r -> r));
        Map<Long, Integer> pinsPerVolunteer = new HashMap<>();
        Set<Pair> pinned = new HashSet<>();
        Matchmaker matchmaker = matchmaker();
        for (Pair pin : rules(PairRule.Kind.PIN)) {
            VolunteerProfile volunteer = byId.get(pin.volunteer());
            if (!requestIds.contains(pin.request()) || volunteer == null) {
                continue;
            }
            // a pin that has become unsafe or no longer fits is left out rather than failing the run
            boolean allowed = matchmaker.assess(requestById.get(pin.request()), volunteer, context).allowed();
            int used = pinsPerVolunteer.getOrDefault(pin.volunteer(), 0);
            if (allowed && used < volunteer.freePlaces()) {
                pinned.add(pin);
                pinsPerVolunteer.put(pin.volunteer(), used + 1);
            }
        }
        return new MatchingContext(today, context.excluded(), declined, pinned);
    }

    private Set<Pair> rules(PairRule.Kind kind) {
        return em.createQuery("select p from PairRule p where p.kind = :k", PairRule.class).setParameter("k", kind)
                .getResultStream().map(PairRule::pair).collect(Collectors.toSet());
    }

    private List<MentoringRequest> waitingRequests() {
        return em.createQuery("select r from MentoringRequest r where r.withdrawn = false and not exists "
                        + "(select m from MentoringMatch m where m.request = r and m.stage in :open) order by r.referredOn, r.id",
                        MentoringRequest.class)
                .setParameter("open", Match.OPEN).getResultList();
    }

    private List<Volunteer> activeVolunteers() {
        return em.createQuery("select v from Volunteer v where v.status = :s order by v.id", Volunteer.class)
                .setParameter("s", org.ecdp.mentoring.matching.entity.VolunteerStatus.ACTIVE).getResultList();
    }

    private List<MentoringRequest> requests(List<Long> ids, InvalidInput.Collector problems) {
        List<MentoringRequest> found = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            MentoringRequest r = id == null ? null : em.find(MentoringRequest.class, id);
            if (r == null) {
                problems.reject("requests", "No request " + id);
            } else if (!isWaiting(r)) {
                problems.reject("requests", "Request " + id + " is not waiting");
            } else {
                found.add(r);
            }
        }
        problems.check(!ids.isEmpty(), "requests", "Name at least one request, or leave the list out for everyone waiting");
        return found;
    }

    private List<Volunteer> volunteers(List<Long> ids, InvalidInput.Collector problems) {
        List<Volunteer> found = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            Volunteer v = id == null ? null : em.find(Volunteer.class, id);
            if (v == null) {
                problems.reject("volunteers", "No volunteer " + id);
            } else {
                found.add(v);
            }
        }
        return found;
    }

    private boolean isWaiting(MentoringRequest request) {
        return !request.isWithdrawn() && em.createQuery("select count(m) from MentoringMatch m where m.request = :r and m.stage in :open", Long.class)
                .setParameter("r", request).setParameter("open", Match.OPEN).getSingleResult() == 0;
    }

    private MentoringRequest request(long id, String field) {
        MentoringRequest r = em.find(MentoringRequest.class, id);
        if (r == null) {
            throw new NotFound("No request " + id);
        }
        return r;
    }

    private Volunteer volunteer(long id) {
        Volunteer v = em.find(Volunteer.class, id);
        if (v == null) {
            throw new NotFound("No volunteer " + id);
        }
        return v;
    }

    /** One match, for a coordinator. */
    public Match get(long id) {
        return match(id);
    }

    private Match match(long id) {
        requireCoordinator();
        Match m = em.find(Match.class, id);
        if (m == null) {
            throw new NotFound("No match " + id);
        }
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator matches");
        }
    }
}
