package org.ecdp.web.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.network.entity.PooledDetection;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.PeriodDetection;
import org.junit.jupiter.api.Test;

class PooledPublicationTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 6, 3);

    private static String shown(Map<Long, Long> parts) {
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        List<ShownCount> shown = PooledPublication.shown(List.of(new PooledPeriod(WEEK, total, parts)));
        return shown.get(0).toString();
    }

    @Test
    void countsFromOneToNineReadUnderTenAndZeroStaysZero() {
        assertThat(shown(Map.of())).isEqualTo("0");
        assertThat(shown(Map.of(1L, 1L))).isEqualTo("<10");
        assertThat(shown(Map.of(1L, 4L, 2L, 5L))).isEqualTo("<10");
        assertThat(shown(Map.of(1L, 10L))).isEqualTo("10");
    }

    @Test
    void aTotalFromWhichOneOrganisationCouldWorkOutAnothersFewEntriesIsHiddenToo() {
        assertThat(shown(Map.of(1L, 12L, 2L, 3L))).as("organisation 1 would subtract its 12 and learn 3").isEqualTo("<10");
        assertThat(shown(Map.of(1L, 30L, 2L, 4L, 3L, 3L))).as("organisation 1 would learn the others' 7").isEqualTo("<10");
        assertThat(shown(Map.of(1L, 12L, 2L, 11L))).isEqualTo("23");
        assertThat(shown(Map.of(1L, 30L, 2L, 6L, 3L, 5L))).as("whoever subtracts keeps at least 10 unexplained").isEqualTo("41");
        assertThat(shown(Map.of(1L, 25L))).as("one organisation alone only sees its own count").isEqualTo("25");
    }

    @Test
    void eachPeriodIsJudgedOnItsOwn() {
        List<ShownCount> shown = PooledPublication.shown(List.of(
                new PooledPeriod(WEEK, 23, Map.of(1L, 12L, 2L, 11L)),
                new PooledPeriod(WEEK.plusWeeks(1), 15, Map.of(1L, 12L, 2L, 3L)),
                new PooledPeriod(WEEK.plusWeeks(2), 0, Map.of())));
        assertThat(shown).extracting(ShownCount::toString).containsExactly("23", "<10", "0");
    }

    @Test
    void aHiddenWorkingDayIsNeverTheOnlyHiddenOneOfAWeekWhoseTotalShows() {
        PooledPeriod monday = new PooledPeriod(WEEK, 15, Map.of(1L, 15L));
        PooledPeriod tuesday = new PooledPeriod(WEEK.plusDays(1), 4, Map.of(1L, 4L));
        PooledPeriod wednesday = new PooledPeriod(WEEK.plusDays(2), 0, Map.of());
        PooledPeriod thursday = new PooledPeriod(WEEK.plusDays(3), 12, Map.of(1L, 12L));
        PooledPeriod friday = new PooledPeriod(WEEK.plusDays(4), 20, Map.of(1L, 20L));
        List<PooledPeriod> days = List.of(monday, tuesday, wednesday, thursday, friday);
        PooledPeriod week = new PooledPeriod(WEEK, 51, Map.of(1L, 51L));
        // only Tuesday and Wednesday were judged (asked for), but the whole week is weighed
        PooledDetections judged = new PooledDetections(List.of(judged(tuesday), judged(wednesday), judged(thursday)), days, List.of(week));

        assertThat(PooledPublication.shown(judged)).extracting(ShownCount::toString)
                .as("Tuesday's 4 would be 51 - 15 - 0 - 12 - 20: the smallest other day is hidden too, a known 0 stays")
                .containsExactly("<10", "0", "<10");
        assertThat(PooledPublication.shown(List.of(week))).extracting(ShownCount::toString).as("the week itself still shows")
                .containsExactly("51");
    }

    private static PooledDetection judged(PooledPeriod day) {
        return new PooledDetection(new PeriodDetection(day.period(), day.entries(), 1, 2, false), day);
    }
}
