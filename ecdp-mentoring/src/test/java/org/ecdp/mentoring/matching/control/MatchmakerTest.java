package org.ecdp.mentoring.matching.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ecdp.mentoring.matching.control.Fixtures.TODAY;
import static org.ecdp.mentoring.matching.control.Fixtures.request;
import static org.ecdp.mentoring.matching.control.Fixtures.volunteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.Goal;
import org.ecdp.mentoring.matching.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.Pair;
import org.ecdp.mentoring.matching.entity.PairAssessment;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.mentoring.matching.entity.ScoreMatrix;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.WaitingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MatchmakerTest {

    private static final MatchingContext CONTEXT = MatchingContext.on(TODAY);

    private final Matchmaker matchmaker = new Matchmaker();

    /** Two requests wanting confidence; volunteer 7 offers it, volunteer 8 does not; each has one place. */
    private final List<WaitingRequest> requests = List.of(request(1).build(), request(2).build());
    private final List<VolunteerProfile> volunteers = List.of(
            volunteer(7).capacity(1).build(),
            volunteer(8).capacity(1).skills(Goal.SKILLS).build());

    private static List<Pair> pairs(MatchRun run) {
        return run.assignments().stream().map(a -> Pair.of(a.request(), a.volunteer())).toList();
    }

    @Test
    void aRunMatchesEveryoneItCanAndExplainsEachAssignment() {
        MatchRun run = matchmaker.run(requests, volunteers, CONTEXT);

        assertThat(run.assignments()).hasSize(2);
        assertThat(run.unmatched()).isEmpty();
        assertThat(run.totalScore()).isEqualTo(run.assignments().stream().mapToDouble(Assignment::score).sum(), within(1e-9));
        assertThat(run.assignments()).allSatisfy(a -> {
            assertThat(a.reasons().stream().mapToDouble(Reason::points).sum()).isCloseTo(a.score(), within(1e-9));
            assertThat(a.pinned()).isFalse();
        });
    }

    @Test
    void whoCannotBeMatchedIsListedAsUnmatched() {
        MatchRun run = matchmaker.run(List.of(request(1).build(), request(2).build(), request(3).build()),
                List.of(volunteer(7).capacity(2).build()), CONTEXT);

        assertThat(run.assignments()).hasSize(2);
        assertThat(run.unmatched()).hasSize(1);
    }

    @Test
    void aVolunteersFreePlacesAreCapacityLessThoseTheyMentorNow() {
        List<WaitingRequest> five = List.of(request(1).build(), request(2).build(), request(3).build(),
                request(4).build(), request(5).build());

        MatchRun run = matchmaker.run(five, List.of(volunteer(7).capacity(3).activeMatches(1).build()), CONTEXT);

        assertThat(run.assignments()).hasSize(2).allSatisfy(a -> assertThat(a.volunteer()).isEqualTo(7));
        assertThat(run.unmatched()).hasSize(3);
    }

    @Test
    void aPinnedPairIsKeptEvenWhenAnotherWouldScoreMore() {
        MatchRun free = matchmaker.run(requests, volunteers, CONTEXT);
        Pair other = free.assignments().stream().filter(a -> a.volunteer() == 8).map(a -> Pair.of(a.request(), 7))
                .findFirst().orElseThrow();

        MatchRun pinned = matchmaker.run(requests, volunteers, CONTEXT.pinning(other));

        assertThat(pairs(pinned)).contains(other).hasSize(2);
        assertThat(pinned.assignments()).filteredOn(Assignment::pinned).extracting(Assignment::request)
                .containsExactly(other.request());
    }

    @Test
    void theCoordinatorsWeightsDecideBetweenGoalsAndTravel() {
        List<WaitingRequest> one = List.of(request(1).district(Locality.BASILDON).build());
        List<VolunteerProfile> farButRightSkills = List.of(
                volunteer(7).district(Locality.CHELMSFORD).travelKm(30).build(),
                volunteer(8).district(Locality.BASILDON).skills(Goal.SKILLS).build());
        MatchWeights travelFirst = new MatchWeights(5, 15, 15, 50, 10, 10, 20, 180);

        assertThat(pairs(matchmaker.run(one, farButRightSkills, CONTEXT))).containsExactly(Pair.of(1, 7));
        assertThat(pairs(new Matchmaker(travelFirst).run(one, farButRightSkills, CONTEXT))).containsExactly(Pair.of(1, 8));
    }

    @Test
    void aForbiddenPairIsLeftOutOfTheReRun() {
        Pair chosen = pairs(matchmaker.run(requests, volunteers, CONTEXT)).get(0);

        MatchRun rerun = matchmaker.run(requests, volunteers, CONTEXT.excluding(chosen));

        assertThat(pairs(rerun)).doesNotContain(chosen).hasSize(2);
    }

    @Test
    void aDeclinedPairIsNotProposedAgain() {
        MatchRun run = matchmaker.run(List.of(request(1).build()), List.of(volunteer(7).build()), CONTEXT.declined(Pair.of(1, 7)));

        assertThat(run.assignments()).isEmpty();
        assertThat(run.unmatched()).containsExactly(1L);
    }

    @Test
    void anUnsafePinIsRefusedWithTheReason() {
        List<VolunteerProfile> untrained = List.of(volunteer(7).trainingCompletedOn(null).build());

        assertThatThrownBy(() -> matchmaker.run(requests, untrained, CONTEXT.pinning(Pair.of(1, 7))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsExactly(new FieldError("pinned",
                        "request 1 with volunteer 7 may not be matched: Volunteer 7 has no training date: no training, no match")));
    }

    @Test
    void morePinsThanPlacesOrUnknownIdsAreRefused() {
        MatchingContext tooMany = CONTEXT.pinning(Pair.of(1, 7)).pinning(Pair.of(2, 7));
        assertThatThrownBy(() -> matchmaker.run(requests, volunteers, tooMany)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer 7 is pinned to more people than their 1 free places");

        assertThatThrownBy(() -> matchmaker.run(requests, volunteers, CONTEXT.pinning(Pair.of(99, 7))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("the request is not in this run");
    }

    @Test
    void theSameIdTwiceIsRefused() {
        assertThatThrownBy(() -> matchmaker.run(List.of(request(1).build(), request(1).build()), volunteers, CONTEXT))
                .isInstanceOf(InvalidInput.class).hasMessage("requests: id 1 appears more than once");
    }

    @Test
    void theScoreMatrixHasARowPerRequestAColumnPerVolunteerAndNullWhereForbidden() {
        List<VolunteerProfile> three = List.of(volunteer(7).capacity(3).activeMatches(1).build(),
                volunteer(8).district(Locality.TENDRING).travelKm(5).build(),
                volunteer(9).capacity(2).activeMatches(2).build());

        ScoreMatrix matrix = matchmaker.scoreMatrix(requests, three, CONTEXT);

        assertThat(matrix.requests()).containsExactly(1L, 2L);
        assertThat(matrix.volunteers()).containsExactly(7L, 8L, 9L);
        assertThat(matrix.capacity()).containsExactly(2, 2, 0);
        assertThat(matrix.scores()).hasSize(2).allSatisfy(row -> {
            assertThat(row).hasSize(3);
            assertThat(row.get(0)).isPositive();
            assertThat(row.get(1)).isNull();
            assertThat(row.get(2)).isNull();
        });
    }

    @Test
    void theBestFiveVolunteersForAPersonAreTheAllowedOnesBestFirst() {
        List<VolunteerProfile> many = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(volunteer(i).travelKm(10 * i).district(i % 2 == 0 ? Locality.BASILDON : Locality.CHELMSFORD).build());
        }
        many.add(volunteer(20).trainingCompletedOn(null).build());

        List<Assignment> best = matchmaker.bestVolunteersFor(request(1).build(), many, CONTEXT, 5);

        assertThat(best).hasSize(5).extracting(Assignment::volunteer).doesNotContain(20L);
        assertThat(best).extracting(Assignment::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(best.get(0).score()).isEqualTo(matchmaker.assess(request(1).build(), many.get(0), CONTEXT).score().points());
    }

    @Test
    void anAssessmentGivesBothTheBrokenRulesAndWhatThePairWouldScore() {
        PairAssessment assessment = matchmaker.assess(request(1).build(), volunteer(7).trainingCompletedOn(null).build(), CONTEXT);

        assertThat(assessment.allowed()).isFalse();
        assertThat(assessment.violations()).hasSize(1);
        assertThat(assessment.score().points()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(AssignmentSolver.class)
    void realisticRunsAreSafeAndEqualBruteForce(AssignmentSolver solver) {
        Matchmaker matchmaker = new Matchmaker(MatchWeights.DEFAULTS, solver);
        Random sizes = new Random(11);
        int withSeveralMatched = 0;
        for (int instance = 0; instance < 150; instance++) {
            RandomInstances random = new RandomInstances(instance);
            List<WaitingRequest> rs = random.requests(1 + sizes.nextInt(6));
            List<VolunteerProfile> vs = random.volunteers(1 + sizes.nextInt(4), 2);

            MatchRun run = matchmaker.run(rs, vs, CONTEXT);

            for (Assignment a : run.assignments()) {
                WaitingRequest r = rs.stream().filter(x -> x.id() == a.request()).findFirst().orElseThrow();
                VolunteerProfile v = vs.stream().filter(x -> x.id() == a.volunteer()).findFirst().orElseThrow();
                assertThat(HardConstraints.allows(r, v, CONTEXT)).as("instance %d suggests an unsafe pair", instance).isTrue();
            }
            PairScores scores = matchmaker.scoreAll(rs, vs, CONTEXT);
            long[] best = BruteForce.best(scores.cents, scores.freePlaces);
            assertThat(new long[] {run.assignments().size(), Math.round(run.totalScore() * 100)})
                    .as("instance %d", instance).containsExactly(best);
            assertThat(run.assignments().size() + run.unmatched().size()).isEqualTo(rs.size());
            withSeveralMatched += run.assignments().size() >= 2 ? 1 : 0;
        }
        assertThat(withSeveralMatched).isGreaterThan(30);
    }

    @Test
    void pinsAreHonouredAndTheRestIsStillOptimal() {
        Random random = new Random(3);
        int checked = 0;
        for (int instance = 0; instance < 200 && checked < 60; instance++) {
            RandomInstances generator = new RandomInstances(1000 + instance);
            List<WaitingRequest> rs = generator.requests(2 + random.nextInt(5));
            List<VolunteerProfile> vs = generator.volunteers(1 + random.nextInt(4), 2);
            PairScores scores = matchmaker.scoreAll(rs, vs, CONTEXT);
            List<int[]> allowed = new ArrayList<>();
            for (int r = 0; r < rs.size(); r++) {
                for (int v = 0; v < vs.size(); v++) {
                    if (scores.cents[r][v] != OptimalAssignment.FORBIDDEN && scores.freePlaces[v] > 0) {
                        allowed.add(new int[] {r, v});
                    }
                }
            }
            if (allowed.isEmpty()) {
                continue;
            }
            int[] pin = allowed.get(random.nextInt(allowed.size()));
            Pair pinned = Pair.of(rs.get(pin[0]).id(), vs.get(pin[1]).id());

            MatchRun run = matchmaker.run(rs, vs, CONTEXT.pinning(pinned));

            assertThat(pairs(run)).contains(pinned);
            // the rest: brute force with the pinned request removed and its place taken
            int[][] rest = scores.cents.clone();
            rest[pin[0]] = new int[vs.size()];
            Arrays.fill(rest[pin[0]], OptimalAssignment.FORBIDDEN);
            int[] free = scores.freePlaces.clone();
            free[pin[1]]--;
            long[] best = BruteForce.best(rest, free);
            assertThat(new long[] {run.assignments().size() - 1, Math.round(run.totalScore() * 100) - scores.cents[pin[0]][pin[1]]})
                    .as("instance %d", instance).containsExactly(best);
            checked++;
        }
        assertThat(checked).isEqualTo(60);
    }
}
