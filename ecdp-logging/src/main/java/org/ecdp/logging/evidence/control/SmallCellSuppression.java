package org.ecdp.logging.evidence.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecdp.logging.evidence.entity.SuppressedTable;

/**
 * Small-cell suppression for anything that leaves the organisation. A count from 1 to 9
 * is shown as "&lt;10" (primary suppression). Then, because totals are published, any row
 * or column left with exactly one hidden cell would let a reader subtract it back out, so
 * a second cell in that row or column is hidden too (complementary suppression): the
 * smallest positive visible cell, or, when there is none, the row's or column's total.
 * Row totals add up to the grand total as well, so a lone hidden row (or column) total takes
 * the smallest positive visible one with it; and a hidden total over cells that are all visible
 * is their sum, so one of its cells is hidden too. Repeated until no published sum (a row, a
 * column, either margin) has exactly one hidden part. Zeros stay visible: they
 * identify nobody. Totals themselves follow the same 1-9 rule.
 */
public final class SmallCellSuppression {

    public static final int THRESHOLD = SuppressedTable.THRESHOLD;
    public static final String HIDDEN = SuppressedTable.HIDDEN;

    private SmallCellSuppression() {
    }

    public static boolean small(long count) {
        return SuppressedTable.small(count);
    }

    /** Suppresses a one-column table (a list of counts and their total). */
    public static SuppressedTable suppressList(long[] counts) {
        long[][] cells = new long[counts.length][1];
        for (int i = 0; i < counts.length; i++) {
            cells[i][0] = counts[i];
        }
        return suppress(cells);
    }

    public static SuppressedTable suppress(long[][] cells) {
        return suppress(cells, cells.length == 0 ? 0 : cells[0].length);
    }

    /** As {@link #suppress(long[][])}, for a table of {@code cols} columns that may have no rows (nothing logged). */
    public static SuppressedTable suppress(long[][] cells, int cols) {
        int rows = cells.length;
        boolean[][] hidden = new boolean[rows][cols];
        long[] rowTotals = new long[rows];
        long[] colTotals = new long[cols];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = small(cells[r][c]);
                rowTotals[r] += cells[r][c];
                colTotals[c] += cells[r][c];
                grand += cells[r][c];
            }
        }
        boolean[] rowTotalHidden = new boolean[rows];
        boolean[] colTotalHidden = new boolean[cols];
        for (int r = 0; r < rows; r++) {
            rowTotalHidden[r] = small(rowTotals[r]);
        }
        for (int c = 0; c < cols; c++) {
            colTotalHidden[c] = small(colTotals[c]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                int hiddenCells = countHidden(hidden[r]);
                if (!rowTotalHidden[r] && hiddenCells == 1) {
                    changed |= hideAnother(cells, hidden, r, -1) || (rowTotalHidden[r] = true);
                } else if (rowTotalHidden[r] && hiddenCells == 0) {
                    // a total hidden beside the margin's other hidden total, over visible cells, is their sum
                    changed |= hideAnother(cells, hidden, r, -1);
                }
            }
            for (int c = 0; c < cols; c++) {
                int hiddenCells = countHidden(column(hidden, c));
                if (!colTotalHidden[c] && hiddenCells == 1) {
                    changed |= hideAnother(cells, hidden, -1, c) || (colTotalHidden[c] = true);
                } else if (colTotalHidden[c] && hiddenCells == 0) {
                    changed |= hideAnother(cells, hidden, -1, c);
                }
            }
            // a hidden total beside exactly one other hidden total in the margin can be recovered from the grand total
            if (countHidden(rowTotalHidden) == 1 && rows > 1) {
                changed |= hideSmallestTotal(rowTotals, rowTotalHidden);
            }
            if (countHidden(colTotalHidden) == 1 && cols > 1) {
                changed |= hideSmallestTotal(colTotals, colTotalHidden);
            }
        }
        return new SuppressedTable(cells, hidden, rowTotals, rowTotalHidden, colTotals, colTotalHidden, grand, small(grand));
    }

    private static boolean hideAnother(long[][] cells, boolean[][] hidden, int row, int col) {
        int bestR = -1;
        int bestC = -1;
        long best = Long.MAX_VALUE;
        int n = row >= 0 ? cells[row].length : cells.length;
        for (int i = 0; i < n; i++) {
            int r = row >= 0 ? row : i;
            int c = row >= 0 ? i : col;
            if (!hidden[r][c] && cells[r][c] > 0 && cells[r][c] < best) {
                best = cells[r][c];
                bestR = r;
                bestC = c;
            }
        }
        if (bestR < 0) {
            return false;
        }
        hidden[bestR][bestC] = true;
        return true;
    }

    private static boolean hideSmallestTotal(long[] totals, boolean[] hiddenTotals) {
        int best = -1;
        for (int i = 0; i < totals.length; i++) {
            if (!hiddenTotals[i] && totals[i] > 0 && (best < 0 || totals[i] < totals[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        hiddenTotals[best] = true;
        return true;
    }

    private static boolean[] column(boolean[][] hidden, int c) {
        boolean[] column = new boolean[hidden.length];
        for (int r = 0; r < hidden.length; r++) {
            column[r] = hidden[r][c];
        }
        return column;
    }

    private static int countHidden(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }

    /** For tests and reports: the visible text of every cell, row by row. */
    public static List<String> render(SuppressedTable t) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < t.cells().length; r++) {
            String[] row = new String[t.cells()[r].length + 1];
            for (int c = 0; c < t.cells()[r].length; c++) {
                row[c] = t.cell(r, c);
            }
            row[row.length - 1] = t.rowTotal(r);
            lines.add(String.join(" ", Arrays.asList(row)));
        }
        return lines;
    }
}
