package org.ecdp.mentoring.matching.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Assigns requests to volunteers' free places so that as many people as possible are matched and,
 * among all such assignments, the total score is highest. It is a minimum-cost flow (JGraphT's
 * capacity scaling): each request sends one unit either through a volunteer it may be matched
 * with (cost {@code K - score}, K one more than the best score) or straight to the sink as
 * "unmatched" (cost {@code K + M}); each volunteer passes at most their free places on to the sink.
 * M, the big-M, exceeds any difference in total score between two assignments, so one more person
 * matched always outweighs any score; costs stay positive and exact (whole hundredths of a point).
 */
public final class OptimalAssignment {

    /** In a score table, marks a pair a hard constraint forbids. */
    public static final int FORBIDDEN = -1;
    /** In a result, marks a request left unmatched. */
    public static final int UNMATCHED = -1;

    private OptimalAssignment() {
    }

    /**
     * @param scores      hundredths of a point, {@code scores[request][volunteer]}, {@link #FORBIDDEN} where not allowed
     * @param freePlaces  free places per volunteer
     * @return for each request, the index of its volunteer or {@link #UNMATCHED}
     */
    public static int[] solve(int[][] scores, int[] freePlaces) {
        int requests = scores.length;
        int volunteers = freePlaces.length;
        int[] result = new int[requests];
        Arrays.fill(result, UNMATCHED);

        long best = 0;
        long places = 0;
        for (int free : freePlaces) {
            places += Math.max(0, free);
        }
        for (int[] row : scores) {
            for (int s : row) {
                best = Math.max(best, s);
            }
        }
        long k = best + 1;
        long bigM = best * Math.min(requests, places) + 1;
        if (k + bigM >= CapacityScalingMinimumCostFlow.COST_INF) {
            throw new IllegalArgumentException("Too many requests for exact costs: " + requests);
        }

        Graph<Integer, Arc> network = new DefaultDirectedWeightedGraph<>(null, null);
        int sink = requests + volunteers;
        network.addVertex(sink);
        Map<Integer, Integer> supply = new HashMap<>();
        List<Arc> pairs = new ArrayList<>();
        int supplied = 0;
        for (int v = 0; v < volunteers; v++) {
            if (freePlaces[v] > 0) {
                network.addVertex(requests + v);
                add(network, requests + v, sink, new Arc(freePlaces[v], -1, v), 0);
            }
        }
        for (int r = 0; r < requests; r++) {
            boolean any = false;
            for (int v = 0; v < volunteers; v++) {
                if (scores[r][v] != FORBIDDEN && freePlaces[v] > 0) {
                    if (!any) {
                        network.addVertex(r);
                        any = true;
                    }
                    Arc pair = new Arc(1, r, v);
                    add(network, r, requests + v, pair, k - scores[r][v]);
                    pairs.add(pair);
                }
            }
            if (any) {
                add(network, r, sink, new Arc(1, r, -1), k + bigM);
                supply.put(r, 1);
                supplied++;
            }
        }
        if (supplied == 0) {
            return result;
        }
        supply.put(sink, -supplied);

        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                network, vertex -> supply.getOrDefault(vertex, 0), arc -> arc.capacity);
        MinimumCostFlow<Arc> flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem);
        for (Arc pair : pairs) {
            if (flow.getFlow(pair) > 0.5) {
                result[pair.request] = pair.volunteer;
            }
        }
        return result;
    }

    private static void add(Graph<Integer, Arc> network, int from, int to, Arc arc, long cost) {
        network.addEdge(from, to, arc);
        network.setEdgeWeight(arc, cost);
    }

    /** An arc of the flow network; its weight is its cost per unit of flow. */
    static final class Arc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int capacity;
        final int request;
        final int volunteer;

        Arc(int capacity, int request, int volunteer) {
            this.capacity = capacity;
            this.request = request;
            this.volunteer = volunteer;
        }
    }
}
