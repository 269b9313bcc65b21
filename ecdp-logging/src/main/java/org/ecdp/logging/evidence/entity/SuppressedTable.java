package org.ecdp.logging.evidence.entity;

import java.io.Serializable;

/**
 * A table of counts with row and column totals, and which cells and totals are hidden: what
 * {@code SmallCellSuppression} makes of a breakdown before it leaves the organisation.
 */
public record SuppressedTable(long[][] cells, boolean[][] hidden, long[] rowTotals, boolean[] rowTotalHidden,
                              long[] columnTotals, boolean[] columnTotalHidden, long grandTotal, boolean grandTotalHidden) implements Serializable {

    public static final int THRESHOLD = 10;
    public static final String HIDDEN = "<10";

    /** A count from 1 to 9: shown as "&lt;10" in anything that leaves the organisation. Zero identifies nobody. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public String cell(int r, int c) {
        return hidden[r][c] ? HIDDEN : String.valueOf(cells[r][c]);
    }

    public String rowTotal(int r) {
        return rowTotalHidden[r] ? HIDDEN : String.valueOf(rowTotals[r]);
    }

    public String columnTotal(int c) {
        return columnTotalHidden[c] ? HIDDEN : String.valueOf(columnTotals[c]);
    }

    public String grandTotalText() {
        return grandTotalHidden ? HIDDEN : String.valueOf(grandTotal);
    }
}
