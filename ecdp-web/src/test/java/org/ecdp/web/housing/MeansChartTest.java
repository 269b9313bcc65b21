package org.ecdp.web.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.Timepoint;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.ScoreMean;
import org.junit.jupiter.api.Test;

class MeansChartTest {

    private static Map<Timepoint, Map<Arm, ScoreMean>> means(int n) {
        Map<Timepoint, Map<Arm, ScoreMean>> means = new EnumMap<>(Timepoint.class);
        for (Timepoint t : Timepoint.values()) {
            // the same mean and CI in both arms: the worst case for overlapping bars
            ScoreMean same = new ScoreMean(n, 30, new ConfidenceInterval(27, 33));
            means.put(t, Map.of(Arm.COACHED, same, Arm.CONTROL, same));
        }
        return means;
    }

    @Test
    void theArmsAreDrawnEitherSideOfEachTimeSoTheirBarsAndPointsNeverOverlap() {
        MeansChart chart = new MeansChart(means(12), 10, 50);
        assertThat(chart.getCoached()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            double tick = chart.getTicks().get(i).x();
            MeansChart.Point coached = chart.getCoached().get(i);
            MeansChart.Point control = chart.getControl().get(i);
            assertThat(coached.x()).isLessThan(tick);
            assertThat(coached.x() - Math.max(6, MeansChart.CAP)).as("clear of the score axis").isGreaterThan(chart.getAxisLeft());
            assertThat(control.x() + Math.max(5, MeansChart.CAP)).as("inside the time axis").isLessThan(chart.getAxisRight());
            assertThat(control.x()).isGreaterThan(tick);
            // a circle of radius 6 and a square of side 10, bar caps of CAP either side: clear of each other
            assertThat(coached.x() + Math.max(6, MeansChart.CAP)).isLessThan(control.x() - Math.max(5, MeansChart.CAP));
            assertThat(coached.y()).isEqualTo(control.y());
        }
        assertThat(chart.polyline("COACHED")).isNotEqualTo(chart.polyline("CONTROL"));
        assertThat(chart.getRows().get(1)).isEqualTo(new MeansChart.Row("3 months", "30.0 (95% CI 27.0 to 33.0), n = 12",
                "30.0 (95% CI 27.0 to 33.0), n = 12"));
    }

    @Test
    void aMeanOfFewerThanFiveIsNotPlottedAndTheTableSaysWhy() {
        MeansChart chart = new MeansChart(means(4), 10, 50);
        assertThat(chart.getCoached()).isEmpty();
        assertThat(chart.getRows().get(0).coached()).isEqualTo("Not shown: fewer than 5 measured (n = 4)");
        assertThat(new MeansChart(means(5), 10, 50).getCoached()).hasSize(4);
    }

    @Test
    void thePublicationViewPlotsNoMeanOfFewerThanTenAndWritesNoExactCount() {
        assertThat(new MeansChart(means(9), 10, 50, true).getRows().get(0).coached()).isEqualTo("n < 10");
        MeansChart published = new MeansChart(means(12), 10, 50, true);
        assertThat(published.getCoached()).hasSize(4);
        assertThat(published.getRows().get(0).coached()).isEqualTo("30.0 (95% CI 27.0 to 33.0), 10 or more measured");
    }
}
