package org.ecdp.mentoring.matching.control;

/** The best assignment by trying every one: {most people matched, then highest total}. Tiny instances only. */
final class BruteForce {

    private final int[][] scores;
    private final int[] free;
    private long bestCount = -1;
    private long bestTotal = -1;

    private BruteForce(int[][] scores, int[] free) {
        this.scores = scores;
        this.free = free.clone();
    }

    /** {count, total hundredths} of the best assignment. */
    static long[] best(int[][] scores, int[] freePlaces) {
        BruteForce search = new BruteForce(scores, freePlaces);
        search.visit(0, 0, 0);
        return new long[] {search.bestCount, search.bestTotal};
    }

    private void visit(int request, long count, long total) {
        if (request == scores.length) {
            if (count > bestCount || (count == bestCount && total > bestTotal)) {
                bestCount = count;
                bestTotal = total;
            }
            return;
        }
        visit(request + 1, count, total);
        for (int v = 0; v < free.length; v++) {
            if (scores[request][v] != OptimalAssignment.FORBIDDEN && free[v] > 0) {
                free[v]--;
                visit(request + 1, count + 1, total + scores[request][v]);
                free[v]++;
            }
        }
    }
}
