package org.ecdp.logging.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.ecdp.logging.evidence.entity.SuppressedTable;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    @Test
    void aBreakdownWithNothingInItStillHasItsColumnsAndZeroTotals() {
        SuppressedTable t = SmallCellSuppression.suppress(new long[0][], 2);
        assertThat(t.columnTotal(0)).isEqualTo("0");
        assertThat(t.columnTotal(1)).isEqualTo("0");
        assertThat(t.grandTotalText()).isEqualTo("0");
    }

    @Test
    void countsFromOneToNineShowAsUnderTenAndZerosAndTensShow() {
        SuppressedTable t = SmallCellSuppression.suppress(new long[][] {{0, 10, 25}, {12, 40, 30}});
        assertThat(SmallCellSuppression.render(t)).containsExactly("0 10 25 35", "12 40 30 82");
    }

    @Test
    void aLoneSmallCellInARowTakesAnotherCellWithItSoItCannotBeSubtractedBack() {
        SuppressedTable t = SmallCellSuppression.suppress(new long[][] {{3, 20, 40}, {15, 30, 50}});
        assertThat(t.cell(0, 0)).isEqualTo("<10");
        assertThat(t.hidden()[0][1]).as("row 0 needs a second hidden cell").isTrue();
        assertThat(t.hidden()[1][0]).as("column 0 needs a second hidden cell").isTrue();
    }

    @Test
    void noRowOrColumnWithAVisibleTotalEverHasExactlyOneHiddenCell() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(5);
            long[][] cells = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    cells[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
                }
            }
            SuppressedTable t = SmallCellSuppression.suppress(cells);
            for (int r = 0; r < rows; r++) {
                int hidden = 0;
                for (int c = 0; c < cols; c++) {
                    hidden += t.hidden()[r][c] ? 1 : 0;
                    if (SmallCellSuppression.small(cells[r][c])) {
                        assertThat(t.hidden()[r][c]).isTrue();
                    }
                }
                if (!t.rowTotalHidden()[r]) {
                    assertThat(hidden).as("trial %d row %d", trial, r).isNotEqualTo(1);
                }
            }
            for (int c = 0; c < cols; c++) {
                int hidden = 0;
                for (int r = 0; r < rows; r++) {
                    hidden += t.hidden()[r][c] ? 1 : 0;
                }
                if (!t.columnTotalHidden()[c]) {
                    assertThat(hidden).as("trial %d column %d", trial, c).isNotEqualTo(1);
                }
            }
        }
    }

    @Test
    void aListWithOneSmallCountHidesTheNextSmallestToo() {
        SuppressedTable t = SmallCellSuppression.suppressList(new long[] {4, 55, 23, 0});
        assertThat(t.cell(0, 0)).isEqualTo("<10");
        assertThat(t.cell(2, 0)).isEqualTo("<10");
        assertThat(t.cell(1, 0)).isEqualTo("55");
        assertThat(t.cell(3, 0)).isEqualTo("0");
        assertThat(t.columnTotal(0)).isEqualTo("82");
    }

    /**
     * What a reader of the published table can work out by subtraction: every row, every column and
     * both margins are sums, and any sum with exactly one hidden term gives that term away; what is
     * worked out becomes known and may give away the next. Returns the hidden parts that get known.
     */
    private static int disclosedBySubtraction(SuppressedTable t) {
        int rows = t.cells().length;
        int cols = t.columnTotals().length;
        // unknowns: cells, then row totals, then column totals, then the grand total
        boolean[] unknown = new boolean[rows * cols + rows + cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                unknown[r * cols + c] = t.hidden()[r][c];
            }
            unknown[rows * cols + r] = t.rowTotalHidden()[r];
        }
        for (int c = 0; c < cols; c++) {
            unknown[rows * cols + rows + c] = t.columnTotalHidden()[c];
        }
        unknown[unknown.length - 1] = t.grandTotalHidden();
        java.util.List<int[]> sums = new java.util.ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int[] terms = new int[cols + 1];
            for (int c = 0; c < cols; c++) {
                terms[c] = r * cols + c;
            }
            terms[cols] = rows * cols + r;
            sums.add(terms);
        }
        for (int c = 0; c < cols; c++) {
            int[] terms = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                terms[r] = r * cols + c;
            }
            terms[rows] = rows * cols + rows + c;
            sums.add(terms);
        }
        int[] rowMargin = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowMargin[r] = rows * cols + r;
        }
        rowMargin[rows] = unknown.length - 1;
        sums.add(rowMargin);
        int[] columnMargin = new int[cols + 1];
        for (int c = 0; c < cols; c++) {
            columnMargin[c] = rows * cols + rows + c;
        }
        columnMargin[cols] = unknown.length - 1;
        sums.add(columnMargin);
        int disclosed = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[] terms : sums) {
                int open = 0;
                int last = -1;
                for (int term : terms) {
                    if (unknown[term]) {
                        open++;
                        last = term;
                    }
                }
                if (open == 1) {
                    unknown[last] = false;
                    disclosed++;
                    progress = true;
                }
            }
        }
        return disclosed;
    }

    @Test
    void noHiddenCountOrTotalCanBeWorkedOutBySubtractionOfPublishedSums() {
        Random random = new Random(11);
        for (int trial = 0; trial < 3000; trial++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(5);
            long[][] cells = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    cells[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(60);
                }
            }
            SuppressedTable t = SmallCellSuppression.suppress(cells);
            assertThat(disclosedBySubtraction(t)).as("trial %d: %s", trial, java.util.Arrays.deepToString(cells)).isZero();
        }
    }

    @Test
    void totalsAreTheSumsOfTheirCellsAndFollowTheSameRule() {
        SuppressedTable t = SmallCellSuppression.suppress(new long[][] {{0, 10, 25}, {12, 40, 30}, {0, 0, 0}});
        assertThat(t.rowTotals()).containsExactly(35, 82, 0);
        assertThat(t.columnTotals()).containsExactly(12, 50, 55);
        assertThat(t.grandTotal()).isEqualTo(117);
        assertThat(t.grandTotalText()).isEqualTo("117");
        assertThat(t.columnTotal(0)).isEqualTo("12");
        assertThat(t.rowTotal(2)).as("a zero total identifies nobody").isEqualTo("0");
        SuppressedTable tiny = SmallCellSuppression.suppress(new long[][] {{2, 3}});
        assertThat(tiny.grandTotalText()).isEqualTo("<10");
        assertThat(tiny.columnTotal(0)).isEqualTo("<10");
        assertThat(tiny.rowTotal(0)).isEqualTo("<10");
    }

    @Test
    void theSecondCellHiddenIsTheSmallestPositiveVisibleOneAndTheFirstOfEqualOnes() {
        // row 0 has one small cell; of the rest, 0 stays visible and 12 is the smallest positive
        SuppressedTable row = SmallCellSuppression.suppress(new long[][] {{5, 0, 30, 12, 12}});
        assertThat(SmallCellSuppression.render(row)).containsExactly("<10 0 30 <10 12 59");
        SuppressedTable list = SmallCellSuppression.suppressList(new long[] {30, 0, 14, 3, 14, 50});
        assertThat(list.hidden()).isDeepEqualTo(new boolean[][] {{false}, {false}, {true}, {true}, {false}, {false}});
        assertThat(list.rowTotalHidden()).containsExactly(false, false, true, true, false, false);
        assertThat(list.columnTotal(0)).isEqualTo("111");
    }

    @Test
    void aSingleHiddenRowTotalTakesTheSmallestPositiveRowTotalWithIt() {
        // row 0's total (4) is small; the margin of row totals adds up to the grand total, so a
        // second row total is hidden: the smallest positive one (row 2, 25), not the zero row
        SuppressedTable t = SmallCellSuppression.suppress(new long[][] {
                {4, 0}, {30, 40}, {25, 0}, {0, 0}, {30, 45}});
        assertThat(t.rowTotalHidden()).containsExactly(true, false, true, false, false);
        assertThat(disclosedBySubtraction(t)).isZero();
        SuppressedTable first = SmallCellSuppression.suppress(new long[][] {
                {20, 0}, {4, 0}, {30, 40}, {0, 0}});
        assertThat(first.rowTotalHidden()).as("the smallest positive total is the first row's")
                .containsExactly(true, true, false, false);
    }

    @Test
    void aSingleHiddenColumnTotalTakesTheSmallestPositiveColumnTotalWithIt() {
        // column 3's total (7) is small; the second hidden column total is the smallest positive one
        // (column 0, 45), neither the zero column nor a later one
        SuppressedTable t = SmallCellSuppression.suppress(new long[][] {{20, 30, 0, 4}, {25, 40, 0, 3}});
        assertThat(t.columnTotalHidden()).containsExactly(true, false, false, true);
        assertThat(disclosedBySubtraction(t)).isZero();
        SuppressedTable later = SmallCellSuppression.suppress(new long[][] {{4, 20, 30}, {3, 25, 40}});
        assertThat(later.columnTotalHidden()).containsExactly(true, true, false);
        assertThat(later.columnTotal(0)).isEqualTo("<10");
    }

    @Test
    void aRowTotalHiddenOnlyForTheMarginsSakeTakesOneOfItsCellsWithIt() {
        // row 0's total (9) is small, so the margin hides the smallest other row total (row 2, 40);
        // row 2's cells are all visible and would add up to it, so one of them (the first 10) goes too
        SuppressedTable t = SmallCellSuppression.suppress(new long[][] {{4, 5, 0, 0}, {3, 2, 50, 50}, {10, 10, 10, 10}});
        assertThat(SmallCellSuppression.render(t)).containsExactly("<10 <10 0 0 <10", "<10 <10 50 50 105", "<10 10 10 10 <10");
        assertThat(disclosedBySubtraction(t)).isZero();
        // the smallest such table: column 0's lone 10 is hidden by the row margin's need, as above
        SuppressedTable small = SmallCellSuppression.suppress(new long[][] {{0, 3, 3}, {10, 0, 0}});
        assertThat(small.rowTotalHidden()).containsExactly(true, true);
        assertThat(small.hidden()[1][0]).as("row 1's total 10 would be its only visible cell").isTrue();
        assertThat(disclosedBySubtraction(small)).isZero();
    }

    /**
     * Every table of up to three rows and three columns whose counts are 0, 3 or 10 (every mix of zero,
     * small and visible cells, and of totals that are small, ten or more; 21,297 tables): no count or
     * total under ten is shown, and nothing hidden can be worked out by subtraction.
     */
    @Test
    void everySmallTableIsSafeToPublish() {
        long[] values = {0, 3, 10};
        java.util.List<String> unsafe = new java.util.ArrayList<>();
        int tables = 0;
        for (int rows = 1; rows <= 3; rows++) {
            for (int cols = 1; cols <= 3; cols++) {
                int size = rows * cols;
                int combinations = (int) Math.pow(values.length, size);
                for (int code = 0; code < combinations; code++) {
                    long[][] cells = new long[rows][cols];
                    int rest = code;
                    for (int i = 0; i < size; i++) {
                        cells[i / cols][i % cols] = values[rest % values.length];
                        rest /= values.length;
                    }
                    tables++;
                    SuppressedTable t = SmallCellSuppression.suppress(cells);
                    if (showsASmallCount(t) || disclosedBySubtraction(t) != 0) {
                        unsafe.add(java.util.Arrays.deepToString(cells));
                    }
                }
            }
        }
        assertThat(tables).isEqualTo(21_297);
        assertThat(unsafe).isEmpty();
    }

    private static boolean showsASmallCount(SuppressedTable t) {
        for (int r = 0; r < t.cells().length; r++) {
            for (int c = 0; c < t.columnTotals().length; c++) {
                if (SmallCellSuppression.small(t.cells()[r][c]) && !t.hidden()[r][c]) {
                    return true;
                }
            }
            if (SmallCellSuppression.small(t.rowTotals()[r]) && !t.rowTotalHidden()[r]) {
                return true;
            }
        }
        for (int c = 0; c < t.columnTotals().length; c++) {
            if (SmallCellSuppression.small(t.columnTotals()[c]) && !t.columnTotalHidden()[c]) {
                return true;
            }
        }
        return SmallCellSuppression.small(t.grandTotal()) && !t.grandTotalHidden();
    }
}
