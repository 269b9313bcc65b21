package org.ecdp.mentoring.matching.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.MatchScore;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.Pair;
import org.ecdp.mentoring.matching.entity.PairAssessment;
import org.ecdp.mentoring.matching.entity.ScoreMatrix;
import org.ecdp.mentoring.matching.entity.Violation;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.WaitingRequest;

/**
 * The coordinator's matching: it proposes the best matches for everyone waiting at once, says
 * why, and never proposes an unsafe one. A run first scores every pair the hard constraints allow,
 * then assigns optimally (most people matched, then highest total score) within each volunteer's
 * free places. Pinned pairs are kept as they are and take their volunteer's places; excluded and
 * declined pairs are never suggested. A pin on a pair a hard constraint forbids, or more pins than
 * places, is refused with the reasons. Results follow the order of the requests given. The
 * solver is this module's augmenting path solver unless another is chosen; both are exact.
 */
public final class Matchmaker {

    private final MatchScorer scorer;
    private final AssignmentSolver solver;

    public Matchmaker() {
        this(MatchWeights.DEFAULTS);
    }

    public Matchmaker(MatchWeights weights) {
        this(weights, AssignmentSolver.AUGMENTING_PATHS);
    }

    public Matchmaker(MatchWeights weights, AssignmentSolver solver) {
        this.scorer = new MatchScorer(weights);
        this.solver = solver;
    }

    public MatchWeights weights() {
        return scorer.weights();
    }

    /** Why this pair may or may not be matched, and what it would score. */
    public PairAssessment assess(WaitingRequest request, VolunteerProfile volunteer, MatchingContext context) {
        RequestFacts r = new RequestFacts(request, context.today());
        VolunteerFacts v = new VolunteerFacts(volunteer, context.today());
        return new PairAssessment(request.id(), volunteer.id(), HardConstraints.violations(r, v, context), scorer.score(r, v));
    }

    /** The score of every pair (null where forbidden) and each volunteer's free places. */
    public ScoreMatrix scoreMatrix(List<WaitingRequest> requests, List<VolunteerProfile> volunteers, MatchingContext context) {
        return scoreAll(requests, volunteers, context).toScoreMatrix();
    }

    /** The optimal suggestions for these requests and volunteers, honouring the context's pins and exclusions. */
    public MatchRun run(List<WaitingRequest> requests, List<VolunteerProfile> volunteers, MatchingContext context) {
        PairScores scores = scoreAll(requests, volunteers, context);
        int[] pinnedTo = pins(scores, context);

        int[] freePlaces = scores.freePlaces.clone();
        int[][] open = new int[requests.size()][];
        for (int r = 0; r < open.length; r++) {
            if (pinnedTo[r] == OptimalAssignment.UNMATCHED) {
                open[r] = scores.cents[r];
            } else {
                open[r] = new int[volunteers.size()];
                Arrays.fill(open[r], OptimalAssignment.FORBIDDEN);
                freePlaces[pinnedTo[r]]--;
            }
        }
        int[] assigned = solver.solve(open, freePlaces);

        List<Assignment> assignments = new ArrayList<>();
        List<Long> unmatched = new ArrayList<>();
        long totalCents = 0;
        for (int r = 0; r < requests.size(); r++) {
            boolean pinned = pinnedTo[r] != OptimalAssignment.UNMATCHED;
            int v = pinned ? pinnedTo[r] : assigned[r];
            if (v == OptimalAssignment.UNMATCHED) {
                unmatched.add(requests.get(r).id());
                continue;
            }
            MatchScore score = scorer.score(scores.requests.get(r), scores.volunteers.get(v));
            assignments.add(new Assignment(requests.get(r).id(), volunteers.get(v).id(), score.points(), score.reasons(), pinned));
            totalCents += scores.cents[r][v];
        }
        return new MatchRun(assignments, unmatched, totalCents / 100.0);
    }

    /** Up to {@code limit} volunteers this person may be matched with, best score first (ties by volunteer id). */
    public List<Assignment> bestVolunteersFor(WaitingRequest request, List<VolunteerProfile> volunteers,
            MatchingContext context, int limit) {
        if (limit < 1) {
            throw InvalidInput.of("limit", "must be at least 1");
        }
        RequestFacts r = new RequestFacts(request, context.today());
        record Scored(VolunteerFacts volunteer, int cents) {
        }
        return volunteers.stream()
                .map(volunteer -> new VolunteerFacts(volunteer, context.today()))
                .filter(v -> HardConstraints.allows(r, v, context))
                .map(v -> new Scored(v, scorer.cents(r, v)))
                .sorted(Comparator.comparingInt(Scored::cents).reversed()
                        .thenComparingLong(s -> s.volunteer().volunteer.id()))
                .limit(limit)
                .map(s -> {
                    MatchScore score = scorer.score(r, s.volunteer());
                    return new Assignment(request.id(), s.volunteer().volunteer.id(), score.points(), score.reasons(), false);
                })
                .toList();
    }

    PairScores scoreAll(List<WaitingRequest> requests, List<VolunteerProfile> volunteers, MatchingContext context) {
        requireUniqueIds("requests", requests, WaitingRequest::id);
        requireUniqueIds("volunteers", volunteers, VolunteerProfile::id);
        List<RequestFacts> rs = requests.stream().map(r -> new RequestFacts(r, context.today())).toList();
        List<VolunteerFacts> vs = volunteers.stream().map(v -> new VolunteerFacts(v, context.today())).toList();
        int[][] cents = new int[rs.size()][vs.size()];
        for (int r = 0; r < rs.size(); r++) {
            RequestFacts request = rs.get(r);
            int[] row = cents[r];
            for (int v = 0; v < vs.size(); v++) {
                VolunteerFacts volunteer = vs.get(v);
                row[v] = HardConstraints.allows(request, volunteer, context) ? scorer.cents(request, volunteer)
                        : OptimalAssignment.FORBIDDEN;
            }
        }
        return new PairScores(rs, vs, cents);
    }

    /** For each request, the index of the volunteer it is pinned to, or UNMATCHED; refuses unsafe or impossible pins. */
    private static int[] pins(PairScores scores, MatchingContext context) {
        int[] pinnedTo = new int[scores.requests.size()];
        Arrays.fill(pinnedTo, OptimalAssignment.UNMATCHED);
        if (context.pinned().isEmpty()) {
            return pinnedTo;
        }
        Map<Long, Integer> requestIndex = index(scores.requests.stream().map(r -> r.request.id()).toList());
        Map<Long, Integer> volunteerIndex = index(scores.volunteers.stream().map(v -> v.volunteer.id()).toList());
        int[] pinsPerVolunteer = new int[scores.volunteers.size()];
        InvalidInput.Collector errors = new InvalidInput.Collector();
        for (Pair pin : context.pinned().stream().sorted(Comparator.comparingLong(Pair::request)
                .thenComparingLong(Pair::volunteer)).toList()) {
            Integer r = requestIndex.get(pin.request());
            Integer v = volunteerIndex.get(pin.volunteer());
            String name = "request " + pin.request() + " with volunteer " + pin.volunteer();
            if (r == null || v == null) {
                errors.reject("pinned", name + ": " + (r == null ? "the request" : "the volunteer") + " is not in this run");
            } else if (scores.cents[r][v] == OptimalAssignment.FORBIDDEN) {
                List<Violation> violations = HardConstraints.violations(scores.requests.get(r), scores.volunteers.get(v), context);
                errors.reject("pinned", name + " may not be matched: "
                        + violations.stream().map(Violation::reason).collect(Collectors.joining("; ")));
            } else if (pinnedTo[r] != OptimalAssignment.UNMATCHED) {
                errors.reject("pinned", "request " + pin.request() + " is pinned to more than one volunteer");
            } else if (++pinsPerVolunteer[v] > scores.freePlaces[v]) {
                errors.reject("pinned", "volunteer " + pin.volunteer() + " is pinned to more people than their "
                        + scores.freePlaces[v] + " free places");
            } else {
                pinnedTo[r] = v;
            }
        }
        errors.throwIfAny();
        return pinnedTo;
    }

    private static Map<Long, Integer> index(List<Long> ids) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    private static <T> void requireUniqueIds(String field, List<T> items, ToLongFunction<T> id) {
        Set<Long> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.applyAsLong(item))) {
                throw InvalidInput.of(field, "id " + id.applyAsLong(item) + " appears more than once");
            }
        }
    }
}
