package org.ecdp.mentoring.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

    private static final int F = OptimalAssignment.FORBIDDEN;

    @Test
    void matchingMorePeopleComesBeforeAHigherScore() {
        // Greedy would give volunteer 0 to request 0 (score 100) and leave request 1 with nobody.
        int[][] scores = {
                {10000, 1000},
                {500, F}};

        int[] assigned = OptimalAssignment.solve(scores, new int[] {1, 1});

        assertThat(assigned).containsExactly(1, 0);
    }

    @Test
    void amongEquallyManyMatchedTheTotalScoreIsHighest() {
        int[][] scores = {
                {9000, 8000},
                {8500, 1000}};

        assertThat(OptimalAssignment.solve(scores, new int[] {1, 1})).containsExactly(1, 0);
    }

    @Test
    void aVolunteerTakesNoMoreThanTheirFreePlaces() {
        int[][] scores = {{5000, 100}, {5000, 100}, {5000, 100}, {5000, F}};

        int[] assigned = OptimalAssignment.solve(scores, new int[] {2, 0});

        assertThat(assigned).containsExactlyInAnyOrder(0, 0, OptimalAssignment.UNMATCHED, OptimalAssignment.UNMATCHED);
    }

    @Test
    void noRequestsOrNoAllowedPairLeavesEveryoneUnmatched() {
        assertThat(OptimalAssignment.solve(new int[0][0], new int[0])).isEmpty();
        assertThat(OptimalAssignment.solve(new int[][] {{F, F}}, new int[] {1, 1})).containsExactly(OptimalAssignment.UNMATCHED);
    }

    @Test
    void equalsBruteForceOn500SmallRandomInstances() {
        Random random = new Random(500);
        for (int instance = 0; instance < 500; instance++) {
            int requests = 1 + random.nextInt(6);
            int volunteers = 1 + random.nextInt(4);
            int[] free = new int[volunteers];
            for (int v = 0; v < volunteers; v++) {
                free[v] = random.nextInt(3);
            }
            int[][] scores = randomScores(random, requests, volunteers, 0.2 + 0.5 * random.nextDouble(), random.nextBoolean());

            long[] expected = BruteForce.best(scores, free);
            assertThat(countAndTotal(scores, free, OptimalAssignment.solve(scores, free)))
                    .as("flow, instance %d", instance).containsExactly(expected);
            assertThat(countAndTotal(scores, free, AugmentingPathAssignment.solve(scores, free)))
                    .as("augmenting paths, instance %d", instance).containsExactly(expected);
        }
    }

    @Test
    void equalsAnIndependentMaximumWeightMatchingOnLargerInstances() {
        Random random = new Random(7);
        for (int instance = 0; instance < 30; instance++) {
            int requests = 20 + random.nextInt(40);
            int volunteers = 5 + random.nextInt(20);
            int[] free = new int[volunteers];
            for (int v = 0; v < volunteers; v++) {
                free[v] = random.nextInt(4);
            }
            int[][] scores = randomScores(random, requests, volunteers, 0.3 + 0.6 * random.nextDouble(), random.nextBoolean());

            long[] expected = bipartiteMatchingOnPlaces(scores, free);
            assertThat(countAndTotal(scores, free, OptimalAssignment.solve(scores, free)))
                    .as("flow, instance %d", instance).containsExactly(expected);
            assertThat(countAndTotal(scores, free, AugmentingPathAssignment.solve(scores, free)))
                    .as("augmenting paths, instance %d", instance).containsExactly(expected);
        }
    }

    @Test
    void bothSolversAgreeOnRealisticRunsOfThreeHundredRequests() {
        Matchmaker matchmaker = new Matchmaker();
        for (int seed = 1; seed <= 3; seed++) {
            RandomInstances random = new RandomInstances(seed);
            PairScores scores = matchmaker.scoreAll(random.requests(300), random.volunteers(134, 3),
                    MatchingContext.on(Fixtures.TODAY));

            long[] byFlow = countAndTotal(scores.cents, scores.freePlaces, OptimalAssignment.solve(scores.cents, scores.freePlaces));
            long[] byPaths = countAndTotal(scores.cents, scores.freePlaces,
                    AugmentingPathAssignment.solve(scores.cents, scores.freePlaces));

            assertThat(byPaths).as("seed %d", seed).containsExactly(byFlow);
            assertThat(byFlow[0]).isGreaterThan(100);
        }
    }

    @Test
    void theAugmentingPathSolverAlsoPutsMorePeopleBeforeScore() {
        int[][] scores = {
                {10000, 1000},
                {500, F}};

        assertThat(AugmentingPathAssignment.solve(scores, new int[] {1, 1})).containsExactly(1, 0);
        assertThat(AugmentingPathAssignment.solve(new int[][] {{F, F}}, new int[] {1, 1}))
                .containsExactly(OptimalAssignment.UNMATCHED);
    }

    /** Random scores in hundredths, forbidden with the given probability; coarse ones make many ties. */
    static int[][] randomScores(Random random, int requests, int volunteers, double forbidden, boolean coarse) {
        int[][] scores = new int[requests][volunteers];
        for (int r = 0; r < requests; r++) {
            for (int v = 0; v < volunteers; v++) {
                scores[r][v] = random.nextDouble() < forbidden ? F
                        : coarse ? 1000 * random.nextInt(4) : random.nextInt(12001);
            }
        }
        return scores;
    }

    /** Checks the assignment keeps to allowed pairs and free places; returns {count, total}. */
    static long[] countAndTotal(int[][] scores, int[] free, int[] assigned) {
        int[] used = new int[free.length];
        long count = 0;
        long total = 0;
        for (int r = 0; r < assigned.length; r++) {
            int v = assigned[r];
            if (v == OptimalAssignment.UNMATCHED) {
                continue;
            }
            assertThat(scores[r][v]).as("request %d with volunteer %d is forbidden", r, v).isNotEqualTo(F);
            used[v]++;
            count++;
            total += scores[r][v];
        }
        for (int v = 0; v < free.length; v++) {
            assertThat(used[v]).as("volunteer %d's places", v).isLessThanOrEqualTo(free[v]);
        }
        return new long[] {count, total};
    }

    /** Independent solver: a maximum-weight bipartite matching with one vertex per free place, weight M + score. */
    private static long[] bipartiteMatchingOnPlaces(int[][] scores, int[] free) {
        long bigM = 12000L * scores.length + 1;
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> requestSide = new HashSet<>();
        Set<String> placeSide = new HashSet<>();
        for (int r = 0; r < scores.length; r++) {
            graph.addVertex("r" + r);
            requestSide.add("r" + r);
        }
        for (int v = 0; v < free.length; v++) {
            for (int p = 0; p < free[v]; p++) {
                String place = "v" + v + "." + p;
                graph.addVertex(place);
                placeSide.add(place);
                for (int r = 0; r < scores.length; r++) {
                    if (scores[r][v] != F) {
                        graph.setEdgeWeight(graph.addEdge("r" + r, place), bigM + scores[r][v]);
                    }
                }
            }
        }
        Matching<String, DefaultWeightedEdge> matching =
                new MaximumWeightBipartiteMatching<>(graph, requestSide, placeSide).getMatching();
        long count = matching.getEdges().size();
        long total = Math.round(matching.getWeight()) - count * bigM;
        return new long[] {count, total};
    }
}
