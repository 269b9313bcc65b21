package org.ecdp.mentoring.renewal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.ecdp.domain.time.Clocks;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.matching.entity.DbsLevel;
import org.junit.jupiter.api.Test;

class RenewalsTest {

    /** A fixed clock in the organisation's zone: today is 26 November 2026. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay(Clocks.ORGANISATION_ZONE).toInstant().plusSeconds(3600),
            Clocks.ORGANISATION_ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Test
    void aCertificateIsRenewedThreeYearsFromIssueUnlessOnTheUpdateService() {
        LocalDate issued = LocalDate.of(2024, 2, 29);
        assertThat(Renewals.dbsDue(new DbsCertificate(DbsLevel.ENHANCED, issued, false))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Renewals.dbsDue(new DbsCertificate(DbsLevel.ENHANCED, issued, true))).as("the Update Service keeps it current").isNull();
        assertThat(Renewals.dbsDue(null)).isNull();
        assertThat(Renewals.trainingDue(LocalDate.of(2025, 1, 10))).as("training is valid two years").isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(Renewals.trainingDue(null)).isNull();
    }

    @Test
    void theTightestThresholdIsDueOnEachDay() {
        assertThat(Renewals.threshold(TODAY.plusDays(61), TODAY)).isEmpty();
        assertThat(Renewals.threshold(TODAY.plusDays(60), TODAY)).isEqualTo(OptionalInt.of(60));
        assertThat(Renewals.threshold(TODAY.plusDays(31), TODAY)).isEqualTo(OptionalInt.of(60));
        assertThat(Renewals.threshold(TODAY.plusDays(30), TODAY)).isEqualTo(OptionalInt.of(30));
        assertThat(Renewals.threshold(TODAY.plusDays(8), TODAY)).isEqualTo(OptionalInt.of(30));
        assertThat(Renewals.threshold(TODAY.plusDays(7), TODAY)).isEqualTo(OptionalInt.of(7));
        assertThat(Renewals.threshold(TODAY, TODAY)).isEqualTo(OptionalInt.of(7));
        assertThat(Renewals.threshold(TODAY.minusDays(1), TODAY)).as("already past: shown as overdue, not reminded").isEmpty();
    }

    @Test
    void overAYearOfDailyRunsEachRenewalGetsExactlyThreeDistinctReminders() {
        // DBS due 2027-03-01 (issued 2024-03-01), training due 2027-01-10; one on the Update Service never reminded
        List<Renewals.Holder> holders = List.of(
                new Renewals.Holder(1, "Ann", new DbsCertificate(DbsLevel.ENHANCED, LocalDate.of(2024, 3, 1), false), LocalDate.of(2025, 1, 10)),
                new Renewals.Holder(2, "Ben", new DbsCertificate(DbsLevel.ENHANCED, LocalDate.of(2024, 3, 1), true), null));
        java.util.Map<String, LocalDate> firstDay = new java.util.LinkedHashMap<>();
        for (LocalDate day = TODAY; day.isBefore(TODAY.plusYears(1)); day = day.plusDays(1)) {
            for (Renewals.Due due : Renewals.due(holders, day)) {
                firstDay.putIfAbsent(due.renewal().volunteer() + " " + due.renewal().kind() + " " + due.thresholdDays(), day);
            }
        }
        assertThat(firstDay).containsExactly(
                java.util.Map.entry("Ann TRAINING 60", LocalDate.of(2026, 11, 26)),
                java.util.Map.entry("Ann TRAINING 30", LocalDate.of(2026, 12, 11)),
                java.util.Map.entry("Ann DBS 60", LocalDate.of(2026, 12, 31)),
                java.util.Map.entry("Ann TRAINING 7", LocalDate.of(2027, 1, 3)),
                java.util.Map.entry("Ann DBS 30", LocalDate.of(2027, 1, 30)),
                java.util.Map.entry("Ann DBS 7", LocalDate.of(2027, 2, 22)));
    }

    @Test
    void expiringWithinSixtyDaysIncludesOverdueSoonestFirst() {
        List<Renewals.Holder> holders = List.of(
                new Renewals.Holder(1, "Ann", new DbsCertificate(DbsLevel.ENHANCED, TODAY.minusYears(3).plusDays(60), false), null),
                new Renewals.Holder(2, "Ben", new DbsCertificate(DbsLevel.ENHANCED, TODAY.minusYears(3).plusDays(61), false), TODAY.minusYears(2).minusDays(3)),
                new Renewals.Holder(3, "Cy", null, TODAY.minusYears(2).plusDays(10)));
        List<Renewals.Renewal> expiring = Renewals.expiringWithin(holders, TODAY, 60);
        assertThat(expiring).extracting(r -> r.volunteer() + " " + r.kind() + " " + r.daysLeft(TODAY))
                .containsExactly("Ben TRAINING -3", "Cy TRAINING 10", "Ann DBS 60");
        assertThat(expiring).extracting(r -> r.left(TODAY)).as("in words, as the dashboard shows them")
                .containsExactly("overdue by 3 days", "10 days", "60 days");
    }
}
