package org.ecdp.logging.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    @Test
    void aBreakdownWithNothingInItStillHasItsColumnsAndZeroTotals() {
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[0][], 2);
        assertThat(t.columnTotal(0)).isEqualTo("0");
        assertThat(t.columnTotal(1)).isEqualTo("0");
        assertThat(t.grandTotalText()).isEqualTo("0");
    }

    @Test
    void countsFromOneToNineShowAsUnderTenAndZerosAndTensShow() {
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{0, 10, 25}, {12, 40, 30}});
        assertThat(SmallCellSuppression.render(t)).containsExactly("0 10 25 35", "12 40 30 82");
    }

    @Test
    void aLoneSmallCellInARowTakesAnotherCellWithItSoItCannotBeSubtractedBack() {
        SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] {{3, 20, 40}, {15, 30, 50}});
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
            SmallCellSuppression.Table t = SmallCellSuppression.suppress(cells);
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
        SmallCellSuppression.Table t = SmallCellSuppression.suppressList(new long[] {4, 55, 23, 0});
        assertThat(t.cell(0, 0)).isEqualTo("<10");
        assertThat(t.cell(2, 0)).isEqualTo("<10");
        assertThat(t.cell(1, 0)).isEqualTo("55");
        assertThat(t.cell(3, 0)).isEqualTo("0");
        assertThat(t.columnTotal(0)).isEqualTo("82");
    }
}
