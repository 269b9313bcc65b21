package org.ecdp.web.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.network.control.Pooling;
import org.ecdp.logging.network.entity.OrganisationDay;
import org.ecdp.logging.network.entity.PooledDetection;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.DetectionSettings;
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
        // only Tuesday to Thursday were judged (asked for), but the whole week is weighed
        PooledDetections judged = new PooledDetections(List.of(judged(tuesday), judged(wednesday), judged(thursday)), days, List.of(week));

        assertThat(PooledPublication.published(judged)).extracting(p -> p.observed().toString())
                .as("Tuesday's 4 would be 51 - 15 - 0 - 12 - 20: the smallest other day is hidden too, a known 0 stays")
                .containsExactly("<10", "0", "<10");
        assertThat(PooledPublication.shown(List.of(week))).extracting(ShownCount::toString).as("the week itself still shows")
                .containsExactly("51");
    }

    @Test
    void aHiddenPeriodShowsNoExpectedThresholdOrAlarmAndNorDoesOneWhoseCheckReadsAHiddenCount() {
        PooledPeriod shownWeek = new PooledPeriod(WEEK, 10, Map.of(1L, 10L));
        PooledPeriod hiddenWeek = new PooledPeriod(WEEK.plusWeeks(1), 4, Map.of(1L, 4L));
        PooledPeriod laterWeek = new PooledPeriod(WEEK.plusWeeks(2), 30, Map.of(1L, 30L));
        PooledPeriod lastWeek = new PooledPeriod(WEEK.plusWeeks(3), 30, Map.of(1L, 30L));
        PooledDetections detections = new PooledDetections(List.of(
                new PooledDetection(check(shownWeek, true), shownWeek, WEEK),
                new PooledDetection(check(hiddenWeek, true), hiddenWeek, WEEK),
                new PooledDetection(check(laterWeek, true), laterWeek, WEEK),
                new PooledDetection(check(lastWeek, false), lastWeek, lastWeek.period())),
                List.of(shownWeek, hiddenWeek, laterWeek, lastWeek), List.of());

        List<PublishedDetection> published = PooledPublication.published(detections);

        assertThat(published).extracting(p -> p.observed().toString()).containsExactly("10", "<10", "30", "30");
        assertThat(published.get(0).figures()).as("every count it is computed from shows").isEqualTo(check(shownWeek, true));
        assertThat(published.get(1).isWithheld()).as("its threshold and alarm would bound its 4").isTrue();
        assertThat(published.get(2).isWithheld()).as("its expected is worked out from the hidden week before it").isTrue();
        assertThat(published.get(3).figures()).as("a check that reads no hidden week").isEqualTo(check(lastWeek, false));
    }

    @Test
    void theDailyCheckWithholdsAHiddenDayAndEveryDayWhoseBaselineHoldsItButNoOtherDay() {
        LocalDate surge = LocalDate.of(2024, 5, 22);
        LocalDate hiddenDay = WEEK.plusDays(1);
        List<OrganisationDay> days = List.of(new OrganisationDay(1, surge, 11),
                new OrganisationDay(1, hiddenDay, 12), new OrganisationDay(2, hiddenDay, 3), // 15, but 1 could work out 2's 3
                new OrganisationDay(1, WEEK.plusDays(10), 20));
        DetectionSettings ears = NetworkResource.settings("ears");
        Map<LocalDate, PublishedDetection> byDay = byDay(days, ears, LocalDate.of(2024, 5, 20), WEEK.plusDays(20));

        assertThat(byDay.get(surge).observed()).hasToString("11");
        assertThat(byDay.get(surge).figures().alarm()).as("a shown day after a quiet baseline keeps its alarm").isTrue();
        assertThat(byDay.get(hiddenDay).observed()).hasToString("<10");
        assertThat(byDay.get(hiddenDay).isWithheld()).as("the hidden day's threshold and alarm").isTrue();
        assertThat(byDay.get(WEEK.plusDays(10)).observed()).hasToString("20");
        assertThat(byDay.get(WEEK.plusDays(10)).isWithheld()).as("its baseline holds the hidden day").isTrue();
        assertThat(byDay.get(WEEK.minusDays(3)).isWithheld()).as("the Friday before: its baseline is all shown").isFalse();
        // EARS C2 reads the 9 working days before a day: the hidden Tuesday drops out two weeks later
        assertThat(byDay.get(WEEK.plusDays(14)).isWithheld()).isTrue();
        assertThat(byDay.get(WEEK.plusDays(15)).isWithheld()).isFalse();
        assertThat(byDay.get(WEEK.plusDays(15)).figures().expected()).isEqualTo(20.0 / 7);
    }

    @Test
    void aDayReadsTheSameWhateverRangeItIsAskedIn() {
        List<OrganisationDay> days = List.of(
                new OrganisationDay(1, WEEK, 15), new OrganisationDay(1, WEEK.plusDays(1), 4), new OrganisationDay(1, WEEK.plusDays(3), 12),
                new OrganisationDay(1, WEEK.plusDays(4), 12), new OrganisationDay(1, WEEK.plusDays(8), 30), new OrganisationDay(2, WEEK.plusDays(8), 5));
        DetectionSettings ears = NetworkResource.settings("ears");
        Map<LocalDate, PublishedDetection> wide = byDay(days, ears, WEEK.minusWeeks(3), WEEK.plusDays(13));
        Map<LocalDate, PublishedDetection> narrow = byDay(days, ears, WEEK.plusDays(3), WEEK.plusDays(9));

        assertThat(narrow).isNotEmpty();
        narrow.forEach((day, published) -> assertThat(published).as(day.toString()).isEqualTo(wide.get(day)));
        assertThat(narrow.get(WEEK.plusDays(3)).observed()).as("the tie between Thursday's and Friday's 12 is broken the same way")
                .hasToString("<10");
        assertThat(narrow.get(WEEK.plusDays(4)).observed()).hasToString("12");
    }

    private static Map<LocalDate, PublishedDetection> byDay(List<OrganisationDay> days, DetectionSettings settings, LocalDate from, LocalDate to) {
        List<OrganisationDay> read = days.stream().filter(d -> !d.day().isBefore(Pooling.firstDayRead(settings, from))
                && !d.day().isAfter(Pooling.lastDayRead(settings, to))).toList();
        Map<LocalDate, PublishedDetection> byDay = new java.util.HashMap<>();
        PooledPublication.published(Pooling.detect(read, settings, from, to)).forEach(p -> byDay.put(p.period(), p));
        return byDay;
    }

    private static PeriodDetection check(PooledPeriod period, boolean alarm) {
        return new PeriodDetection(period.period(), period.entries(), 3, 7.5, alarm);
    }

    private static PooledDetection judged(PooledPeriod day) {
        return new PooledDetection(new PeriodDetection(day.period(), day.entries(), 1, 2, false), day, day.period());
    }
}
