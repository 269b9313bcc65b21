package org.ecdp.logging.network.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.logging.network.entity.OrganisationDay;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.DetectionMethod;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.junit.jupiter.api.Test;

class PoolingTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);

    @Test
    void weeksAddUpTheOrganisationsAndKeepEachOnesPart() {
        List<PooledPeriod> weeks = Pooling.series(List.of(
                new OrganisationDay(1, MONDAY.plusDays(1), 7),
                new OrganisationDay(1, MONDAY.plusDays(6), 5), // Sunday: still the same ISO week
                new OrganisationDay(2, MONDAY.plusDays(2), 11),
                new OrganisationDay(2, MONDAY.plusDays(8), 3)), Interval.WEEK, MONDAY.plusDays(2), MONDAY.plusDays(20));

        assertThat(weeks).extracting(PooledPeriod::period).containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
        assertThat(weeks).extracting(PooledPeriod::entries).containsExactly(23L, 3L, 0L);
        assertThat(weeks).extracting(PooledPeriod::organisations).containsExactly(2, 1, 0);
        assertThat(weeks.get(0).byOrganisation()).isEqualTo(Map.of(1L, 12L, 2L, 11L));
        assertThat(weeks.get(0).restOf(1)).isEqualTo(11);
        assertThat(weeks.get(0).restOf(3)).as("an organisation that logged nothing sees the whole").isEqualTo(23);
    }

    @Test
    void daysOutsideTheRangeAndEmptyDaysAreNotCounted() {
        List<PooledPeriod> weeks = Pooling.series(List.of(
                new OrganisationDay(1, MONDAY.minusDays(1), 9),
                new OrganisationDay(1, MONDAY.plusWeeks(1), 9),
                new OrganisationDay(2, MONDAY, 0)), Interval.WEEK, MONDAY, MONDAY.plusDays(6));

        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.entries()).isZero();
            assertThat(w.organisations()).isZero();
        });
    }

    @Test
    void workingDaysCountAWeekendOnTheMondayAfterAsOneOrganisationsSeriesDoes() {
        List<PooledPeriod> days = Pooling.series(List.of(
                new OrganisationDay(1, MONDAY.plusDays(5), 2),
                new OrganisationDay(2, MONDAY.plusDays(6), 3),
                new OrganisationDay(2, MONDAY.plusDays(7), 1)), Interval.DAY, MONDAY.plusDays(4), MONDAY.plusDays(7));

        assertThat(days).extracting(PooledPeriod::period).containsExactly(MONDAY.plusDays(4), MONDAY.plusDays(7));
        assertThat(days).extracting(PooledPeriod::entries).containsExactly(0L, 6L);
        assertThat(days.get(1).organisations()).isEqualTo(2);
    }

    @Test
    void theDetectorsReadOneCountPerDayOverAllOrganisations() {
        List<LoggedEntry> daily = Pooling.daily(List.of(
                new OrganisationDay(1, MONDAY, 4),
                new OrganisationDay(2, MONDAY, 6),
                new OrganisationDay(2, MONDAY.plusDays(1), 0),
                new OrganisationDay(3, MONDAY.plusDays(2), 1)));

        assertThat(daily).extracting(LoggedEntry::occurredOn).containsExactly(MONDAY, MONDAY.plusDays(2));
        assertThat(daily).extracting(LoggedEntry::entryCount).containsExactly(10, 1);
    }

    @Test
    void detectionWeighsWholeWeeksFromTheFirstPeriodItsCheckReadsAndSaysWhereEachPeriodsCheckStarts() {
        DetectionSettings ears = DetectionSettings.of(DetectionMethod.EARS_C2, Interval.DAY, null, null, null);
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(Pooling.firstDayRead(ears, wednesday)).as("EARS C2 reads 9 working days back, from that week's Monday and"
                + " the weekend counted on it").isEqualTo(MONDAY.minusWeeks(2).minusDays(2));
        assertThat(Pooling.lastDayRead(ears, wednesday)).as("to the end of the ISO week").isEqualTo(MONDAY.plusDays(6));

        PooledDetections detections = Pooling.detect(List.of(new OrganisationDay(1, MONDAY.minusDays(6), 5),
                new OrganisationDay(2, MONDAY.minusDays(2), 3)), ears, wednesday, wednesday);

        assertThat(detections.periods()).singleElement().satisfies(d -> {
            assertThat(d.detection().period()).isEqualTo(wednesday);
            assertThat(d.readsFrom()).as("9 working days before: Thursday two weeks back").isEqualTo(MONDAY.minusDays(11));
        });
        assertThat(detections.history()).extracting(PooledPeriod::period).first().isEqualTo(MONDAY.minusWeeks(2));
        assertThat(detections.history()).extracting(PooledPeriod::period).last().isEqualTo(MONDAY.plusDays(4));
        assertThat(detections.history()).filteredOn(p -> p.entries() > 0).extracting(PooledPeriod::period)
                .as("a Sunday's entries count on the Monday after").containsExactly(MONDAY.minusDays(6), MONDAY);
        assertThat(detections.weeks()).extracting(PooledPeriod::period)
                .containsExactly(MONDAY.minusWeeks(2), MONDAY.minusWeeks(1), MONDAY);
        assertThat(detections.weeks()).extracting(PooledPeriod::entries).as("ISO weeks: Sunday stays in its week").containsExactly(0L, 8L, 0L);
    }
}
