package org.ecdp.mentoring.matching.control;

import java.util.Arrays;

/**
 * The same optimal assignment as {@link OptimalAssignment} (most people matched, then the highest
 * total score; identical costs and big-M) computed by successive shortest augmenting paths on flat
 * arrays: requests join one at a time, each by a Dijkstra search (reduced costs, stopped as soon as
 * the sink is settled) that may move earlier requests to other volunteers or, if that scores better
 * for everyone, leave one unmatched. Potentials keep every search free of negative costs, so each
 * step keeps the assignment optimal for the requests seen so far. Written because the general
 * JGraphT network flow took tens of seconds on 2,000 requests; the tests hold both to brute force
 * and to each other.
 */
public final class AugmentingPathAssignment {

    private AugmentingPathAssignment() {
    }

    /** As {@link OptimalAssignment#solve}: for each request its volunteer index or UNMATCHED. */
    public static int[] solve(int[][] scores, int[] freePlaces) {
        int n = scores.length;
        int m = freePlaces.length;
        int[] result = new int[n];
        Arrays.fill(result, OptimalAssignment.UNMATCHED);

        // allowed arcs per request, compressed; cost = K - score (positive)
        long best = 0;
        long places = 0;
        int arcs = 0;
        for (int free : freePlaces) {
            places += Math.max(0, free);
        }
        for (int[] row : scores) {
            for (int v = 0; v < m; v++) {
                if (row[v] != OptimalAssignment.FORBIDDEN && freePlaces[v] > 0) {
                    best = Math.max(best, row[v]);
                    arcs++;
                }
            }
        }
        long k = best + 1;
        long unmatchedCost = k + best * Math.min(n, places) + 1;
        int[] first = new int[n + 1];
        int[] head = new int[arcs];
        long[] cost = new long[arcs];
        int a = 0;
        for (int r = 0; r < n; r++) {
            first[r] = a;
            for (int v = 0; v < m; v++) {
                if (scores[r][v] != OptimalAssignment.FORBIDDEN && freePlaces[v] > 0) {
                    head[a] = v;
                    cost[a] = k - scores[r][v];
                    a++;
                }
            }
        }
        first[n] = a;

        // nodes: requests 0..n-1, volunteers n..n+m-1, sink n+m
        int sink = n + m;
        int nodes = n + m + 1;
        long[] potential = new long[nodes];
        long[] dist = new long[nodes];
        int[] previous = new int[nodes];
        long[] arcCostToHere = new long[nodes];
        int[] reachedIn = new int[nodes];
        int[] settledIn = new int[nodes];
        int[] settled = new int[nodes];
        int[] free = new int[m];
        int[][] holders = new int[m][];
        int[] holding = new int[m];
        for (int v = 0; v < m; v++) {
            free[v] = Math.max(0, freePlaces[v]);
            holders[v] = new int[free[v]];
        }
        long[] assignedCost = new long[n];
        IndexedHeap heap = new IndexedHeap(nodes, dist);

        for (int source = 0; source < n; source++) {
            if (first[source] == first[source + 1]) {
                continue;
            }
            int search = source + 1;
            int settledCount = 0;
            dist[source] = 0;
            previous[source] = -1;
            reachedIn[source] = search;
            heap.push(source);
            while (!heap.isEmpty()) {
                int u = heap.pop();
                settledIn[u] = search;
                settled[settledCount++] = u;
                if (u == sink) {
                    break;
                }
                long du = dist[u] + potential[u];
                if (u < n) {
                    int current = result[u];
                    for (int e = first[u]; e < first[u + 1]; e++) {
                        int v = head[e];
                        if (v != current) {
                            relax(heap, n + v, du + cost[e], u, cost[e], potential, dist, previous, arcCostToHere, reachedIn, settledIn, search);
                        }
                    }
                    relax(heap, sink, du + unmatchedCost, u, unmatchedCost, potential, dist, previous, arcCostToHere, reachedIn, settledIn, search);
                } else {
                    int v = u - n;
                    if (free[v] > 0) {
                        relax(heap, sink, du, u, 0, potential, dist, previous, arcCostToHere, reachedIn, settledIn, search);
                    }
                    for (int h = 0; h < holding[v]; h++) {
                        int q = holders[v][h];
                        relax(heap, q, du - assignedCost[q], u, -assignedCost[q], potential, dist, previous, arcCostToHere, reachedIn, settledIn, search);
                    }
                }
            }
            heap.clear();

            // augment along the path, from the sink back to the new request
            int to = sink;
            int from = previous[sink];
            while (from != -1) {
                if (to == sink) {
                    if (from < n) {
                        result[from] = OptimalAssignment.UNMATCHED;
                    } else {
                        free[from - n]--;
                    }
                } else if (from < n) {
                    // request moves onto volunteer `to`
                    int v = to - n;
                    result[from] = v;
                    assignedCost[from] = arcCostToHere[to];
                    holders[v][holding[v]++] = from;
                } else {
                    // request `to` leaves volunteer `from`
                    int v = from - n;
                    int[] hs = holders[v];
                    for (int h = 0; h < holding[v]; h++) {
                        if (hs[h] == to) {
                            hs[h] = hs[--holding[v]];
                            break;
                        }
                    }
                }
                to = from;
                from = previous[from];
            }

            long dSink = dist[sink];
            for (int i = 0; i < settledCount; i++) {
                int u = settled[i];
                potential[u] += dist[u] - dSink;
            }
        }
        return result;
    }

    private static void relax(IndexedHeap heap, int node, long reducedFromSource, int from, long arcCost, long[] potential,
            long[] dist, int[] previous, long[] arcCostToHere, int[] reachedIn, int[] settledIn, int search) {
        if (settledIn[node] == search) {
            return;
        }
        long d = reducedFromSource - potential[node];
        if (reachedIn[node] != search) {
            reachedIn[node] = search;
            dist[node] = d;
            previous[node] = from;
            arcCostToHere[node] = arcCost;
            heap.push(node);
        } else if (d < dist[node]) {
            dist[node] = d;
            previous[node] = from;
            arcCostToHere[node] = arcCost;
            heap.decrease(node);
        }
    }

    /** A binary min-heap of node numbers keyed by {@code dist}, with decrease-key. */
    private static final class IndexedHeap {
        private final int[] heap;
        private final int[] position;
        private final long[] key;
        private int size;

        IndexedHeap(int nodes, long[] key) {
            this.heap = new int[nodes];
            this.position = new int[nodes];
            this.key = key;
            Arrays.fill(position, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int node) {
            heap[size] = node;
            position[node] = size;
            up(size++);
        }

        void decrease(int node) {
            up(position[node]);
        }

        int pop() {
            int top = heap[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                down(0);
            }
            return top;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[heap[i]] = -1;
            }
            size = 0;
        }

        private boolean less(int i, int j) {
            long ki = key[heap[i]];
            long kj = key[heap[j]];
            return ki < kj || (ki == kj && heap[i] < heap[j]);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!less(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int smallest = i;
                if (l < size && less(l, smallest)) {
                    smallest = l;
                }
                if (l + 1 < size && less(l + 1, smallest)) {
                    smallest = l + 1;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int i, int j) {
            int t = heap[i];
            heap[i] = heap[j];
            heap[j] = t;
            position[heap[i]] = i;
            position[heap[j]] = j;
        }
    }
}
