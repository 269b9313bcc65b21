package org.ecdp.mentoring.matching.control;

import java.util.Arrays;

/**
 * The same optimal assignment as {@link OptimalAssignment} (most people matched, then the highest
 * total score; identical costs and big-M) computed by successive shortest augmenting paths on a
 * dense cost table, as SciPy's {@code linear_sum_assignment} does (Crouse's variant of
 * Jonker-Volgenant), but with each volunteer one column with a capacity instead of one column per
 * free place, and one more column, "unmatched", that never fills. Requests join one at a time;
 * each joins by a Dijkstra search over the columns (reduced costs with row and column duals, no
 * heap: the nearest column is found by a scan) that may move earlier requests to other volunteers
 * or, if that scores better for everyone, leave one unmatched. A full column passes the search on
 * to all the requests it holds at once (their arcs are tight); a column with a free place ends
 * it. Every step keeps the assignment optimal for the requests seen so far. The tests hold it to
 * brute force and to the JGraphT flow.
 */
public final class AugmentingPathAssignment {

    /**
     * Cost of a forbidden pair, never reached: duals stay within the unmatched cost U (row duals
     * in [1, U], column duals in [-U, 0]) and a search ends at distance U at the latest, at the
     * unmatched column, so a forbidden pair's reduced cost (above 2^52 - U) never comes first.
     */
    private static final long FORBIDDEN_COST = 1L << 52;
    private static final long INFINITE = Long.MAX_VALUE;

    private final int width;
    private final int unmatched;
    private final long[] cost;
    private final long[] rowDual;
    private final long[] columnDual;
    private final long[] distance;
    private final int[] path;
    private final int[] remaining;
    private final int[] free;
    private final int[][] holders;
    private final int[] holding;
    private final int[] columnOf;

    private AugmentingPathAssignment(long[] cost, int rows, int[] capacity) {
        this.width = capacity.length + 1;
        this.unmatched = capacity.length;
        this.cost = cost;
        this.rowDual = new long[rows];
        this.columnDual = new long[width];
        this.distance = new long[width];
        this.path = new int[width];
        this.remaining = new int[width];
        this.free = Arrays.copyOf(capacity, width);
        this.free[unmatched] = Integer.MAX_VALUE;
        this.holders = new int[capacity.length][];
        this.holding = new int[width];
        for (int c = 0; c < capacity.length; c++) {
            holders[c] = new int[capacity[c]];
        }
        this.columnOf = new int[rows];
    }

    /** As {@link OptimalAssignment#solve}: for each request its volunteer index or UNMATCHED. */
    public static int[] solve(int[][] scores, int[] freePlaces) {
        int n = scores.length;
        int[] result = new int[n];
        Arrays.fill(result, OptimalAssignment.UNMATCHED);

        // columns: the volunteers with a free place; rows: the requests with an allowed pair
        int[] volunteerOf = new int[freePlaces.length];
        int columns = 0;
        long places = 0;
        for (int v = 0; v < freePlaces.length; v++) {
            if (freePlaces[v] > 0) {
                volunteerOf[columns++] = v;
                places += freePlaces[v];
            }
        }
        int[] capacity = new int[columns];
        for (int c = 0; c < columns; c++) {
            capacity[c] = freePlaces[volunteerOf[c]];
        }
        int[] requestOf = new int[n];
        int rows = 0;
        long best = 0;
        for (int r = 0; r < n; r++) {
            boolean any = false;
            for (int c = 0; c < columns; c++) {
                int score = scores[r][volunteerOf[c]];
                if (score != OptimalAssignment.FORBIDDEN) {
                    best = Math.max(best, score);
                    any = true;
                }
            }
            if (any) {
                requestOf[rows++] = r;
            }
        }
        if (rows == 0) {
            return result;
        }

        // cost = K - score (positive), unmatched = K + M with M above any difference in total score
        long k = best + 1;
        long unmatchedCost = k + best * Math.min(n, places) + 1;
        if (unmatchedCost >= FORBIDDEN_COST / 4) {
            throw new IllegalArgumentException("Too many requests for exact costs: " + n);
        }
        int width = columns + 1;
        long[] cost = new long[rows * width];
        for (int row = 0; row < rows; row++) {
            int[] scoreRow = scores[requestOf[row]];
            int offset = row * width;
            for (int c = 0; c < columns; c++) {
                int score = scoreRow[volunteerOf[c]];
                cost[offset + c] = score == OptimalAssignment.FORBIDDEN ? FORBIDDEN_COST : k - score;
            }
            cost[offset + columns] = unmatchedCost;
        }

        AugmentingPathAssignment solver = new AugmentingPathAssignment(cost, rows, capacity);
        for (int row = 0; row < rows; row++) {
            solver.join(row);
        }
        for (int row = 0; row < rows; row++) {
            int c = solver.columnOf[row];
            result[requestOf[row]] = c == solver.unmatched ? OptimalAssignment.UNMATCHED : volunteerOf[c];
        }
        return result;
    }

    /** Adds one request: the shortest augmenting path from it, then the dual update and the swap. */
    private void join(int source) {
        Arrays.fill(distance, INFINITE);
        for (int c = 0; c < width; c++) {
            remaining[c] = c;
        }
        int left = width;
        int[] scanned = remaining; // the columns scanned end up behind `left`
        long nearest = 0;
        int[] rowsToScan = {source};
        int rowCount = 1;
        int sink;
        while (true) {
            for (int q = 0; q < rowCount - 1; q++) {
                relax(rowsToScan[q], nearest, left);
            }
            int index = relaxAndSelect(rowsToScan[rowCount - 1], nearest, left);
            int column = remaining[index];
            nearest = distance[column];
            remaining[index] = remaining[--left];
            remaining[left] = column;
            if (free[column] > 0) {
                sink = column;
                break;
            }
            rowsToScan = holders[column];
            rowCount = holding[column];
        }

        // duals: the new request, every column scanned (all full) and the requests they hold
        rowDual[source] += nearest;
        for (int s = left + 1; s < width; s++) {
            int column = scanned[s];
            long delta = nearest - distance[column];
            columnDual[column] -= delta;
            int[] held = holders[column];
            for (int h = 0; h < holding[column]; h++) {
                rowDual[held[h]] += delta;
            }
        }

        // augment: each request on the path moves to the column it reached, the sink gains one
        free[sink]--;
        int column = sink;
        while (true) {
            int row = path[column];
            int previous = columnOf[row];
            columnOf[row] = column;
            if (column != unmatched) {
                holders[column][holding[column]++] = row;
            }
            if (row == source) {
                return;
            }
            release(previous, row);
            column = previous;
        }
    }

    private void relax(int row, long nearest, int left) {
        long base = nearest - rowDual[row];
        int offset = row * width;
        for (int it = 0; it < left; it++) {
            int c = remaining[it];
            long reduced = base + cost[offset + c] - columnDual[c];
            if (reduced < distance[c]) {
                distance[c] = reduced;
                path[c] = row;
            }
        }
    }

    /** Relaxes the row's arcs and returns the position in {@code remaining} of the nearest column. */
    private int relaxAndSelect(int row, long nearest, int left) {
        long base = nearest - rowDual[row];
        int offset = row * width;
        long lowest = INFINITE;
        int index = -1;
        for (int it = 0; it < left; it++) {
            int c = remaining[it];
            long reduced = base + cost[offset + c] - columnDual[c];
            long d = distance[c];
            if (reduced < d) {
                d = reduced;
                distance[c] = reduced;
                path[c] = row;
            }
            if (d < lowest || d == lowest && free[c] > 0) {
                lowest = d;
                index = it;
            }
        }
        return index;
    }

    private void release(int column, int row) {
        int[] held = holders[column];
        for (int h = 0; h < holding[column]; h++) {
            if (held[h] == row) {
                held[h] = held[--holding[column]];
                return;
            }
        }
    }
}
