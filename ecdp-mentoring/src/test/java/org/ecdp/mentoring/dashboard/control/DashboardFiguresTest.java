package org.ecdp.mentoring.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void peopleFallIntoTheBandsOfDaysWaitingAtTheirEdges() {
        List<DashboardFigures.Waiting> waiting = List.of(w(1, 0), w(2, 13), w(3, 14), w(4, 27), w(5, 28), w(6, 55), w(7, 56), w(8, 400), w(9, 20));
        List<DashboardFigures.Band> bands = DashboardFigures.bands(waiting, TODAY);
        assertThat(bands).extracting(DashboardFigures.Band::label)
                .containsExactly("0 to 13 days", "14 to 27 days", "28 to 55 days", "56 days or more");
        assertThat(bands).extracting(DashboardFigures.Band::count).containsExactly(2, 3, 2, 2);
        assertThat(bands.get(1).people()).as("longest waiting first").extracting(DashboardFigures.Waiting::requestId).containsExactly(4L, 9L, 3L);
        assertThat(bands.get(3).people()).extracting(DashboardFigures.Waiting::requestId).containsExactly(8L, 7L);
        assertThat(DashboardFigures.bands(List.of(), TODAY)).extracting(DashboardFigures.Band::count).containsExactly(0, 0, 0, 0);
    }

    @Test
    void medianAndNinetiethPercentileByMonthInterpolateLinearly() {
        // November: 10, 20, 30, 40 days -> median 25, p90 = 30 + 0.7 * 10 = 37
        // October: 1..10 days -> median 5.5, p90 = 9.1
        List<DashboardFigures.Matched> matched = new java.util.ArrayList<>();
        for (int d : new int[] {40, 10, 30, 20}) {
            matched.add(new DashboardFigures.Matched(LocalDate.of(2026, 11, 20).minusDays(d), LocalDate.of(2026, 11, 20)));
        }
        IntStream.rangeClosed(1, 10).forEach(d -> matched.add(new DashboardFigures.Matched(LocalDate.of(2026, 10, 31).minusDays(d),
                LocalDate.of(2026, 10, 31))));
        List<DashboardFigures.MonthFigures> months = DashboardFigures.timeToMatch(matched);
        assertThat(months).extracting(DashboardFigures.MonthFigures::month).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(months.get(0).matched()).isEqualTo(10);
        assertThat(months.get(0).medianDays()).isCloseTo(5.5, within(1e-9));
        assertThat(months.get(0).p90Days()).isCloseTo(9.1, within(1e-9));
        assertThat(months.get(1).medianDays()).isCloseTo(25, within(1e-9));
        assertThat(months.get(1).p90Days()).isCloseTo(37, within(1e-9));
    }

    @Test
    void aSingleMatchInAMonthIsItsOwnMedianAndPercentile() {
        List<DashboardFigures.MonthFigures> months = DashboardFigures.timeToMatch(
                List.of(new DashboardFigures.Matched(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15))));
        assertThat(months).singleElement().satisfies(m -> {
            assertThat(m.medianDays()).isEqualTo(14);
            assertThat(m.p90Days()).isEqualTo(14);
        });
    }

    @Test
    void utilisationIsPlacesUsedOfCapacityPerVolunteerAndOverall() {
        DashboardFigures.Utilisation u = DashboardFigures.utilisation(List.of(
                new DashboardFigures.Load(1, "Ann", 1, 2), new DashboardFigures.Load(2, "Ben", 3, 3), new DashboardFigures.Load(3, "Cy", 0, 5)));
        assertThat(u.used()).isEqualTo(4);
        assertThat(u.capacity()).isEqualTo(10);
        assertThat(u.share()).isCloseTo(0.4, within(1e-9));
        assertThat(u.volunteers()).as("busiest first").extracting(DashboardFigures.Load::volunteer).containsExactly("Ben", "Ann", "Cy");
        assertThat(u.volunteers().get(1).share()).isCloseTo(0.5, within(1e-9));
        assertThat(DashboardFigures.utilisation(List.of()).share()).isZero();
    }

    private static DashboardFigures.Waiting w(long id, int days) {
        return new DashboardFigures.Waiting(id, "MR-" + id, TODAY.minusDays(days));
    }
}
