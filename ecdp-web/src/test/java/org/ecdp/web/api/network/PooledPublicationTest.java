package org.ecdp.web.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.network.entity.PooledPeriod;
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
}
