package org.ecdp.mentoring.matching.control;

/**
 * The two interchangeable solvers for the optimal assignment; both give the same number matched
 * and the same total score (ties may be broken differently). JGraphT's capacity-scaling min-cost
 * flow is the kept library; the shortest augmenting path solver is this module's own, measured
 * faster by {@code MatchRunBenchmark}, and is the default.
 */
public enum AssignmentSolver {
    JGRAPHT_MIN_COST_FLOW {
        @Override
        public int[] solve(int[][] scores, int[] freePlaces) {
            return OptimalAssignment.solve(scores, freePlaces);
        }
    },
    AUGMENTING_PATHS {
        @Override
        public int[] solve(int[][] scores, int[] freePlaces) {
            return AugmentingPathAssignment.solve(scores, freePlaces);
        }
    };

    /** See {@link OptimalAssignment#solve}. */
    public abstract int[] solve(int[][] scores, int[] freePlaces);
}
