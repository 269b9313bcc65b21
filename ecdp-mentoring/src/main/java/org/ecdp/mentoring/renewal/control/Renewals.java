package org.ecdp.mentoring.renewal.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.renewal.entity.RenewalKind;

/**
 * When a volunteer's DBS certificate and training fall due for renewal, and which reminder is
 * due today. A certificate is accepted for {@link DbsCertificate#ACCEPTED_FOR} (3 years) from
 * issue, so it is renewed by that date, unless the volunteer is on the DBS Update Service, which
 * keeps it current (no renewal, no reminder), exactly as the hard constraints treat it. Training
 * is taken to be valid for {@link #TRAINING_VALID_FOR} (2 years, the organisation's choice; matching
 * itself only requires that training was done). Reminders go {@link #THRESHOLDS} days ahead: on a
 * day, the reminder due is the tightest threshold the renewal date is within (so a volunteer
 * registered 20 days before renewal gets the 30-day reminder, not also the 60-day one).
 */
public final class Renewals {

    public static final Period TRAINING_VALID_FOR = Period.ofYears(2);

    /** Days ahead of renewal, widest first. */
    public static final List<Integer> THRESHOLDS = List.of(60, 30, 7);

    /** What renewal needs about a volunteer. */
    public record Holder(long id, String name, DbsCertificate dbs, LocalDate trainingCompletedOn) {
    }

    /** One thing to renew, by when. */
    public record Renewal(long volunteerId, String volunteer, RenewalKind kind, LocalDate dueOn) implements Serializable {

        public long daysLeft(LocalDate today) {
            return ChronoUnit.DAYS.between(today, dueOn);
        }

        /** The time left in words: "12 days", or "overdue by 3 days" once the due date has passed. */
        public String left(LocalDate today) {
            long d = daysLeft(today);
            return d < 0 ? "overdue by " + (-d) + " days" : d + " days";
        }
    }

    /** A reminder due today: the renewal and the threshold it is within. */
    public record Due(Renewal renewal, int thresholdDays) {
    }

    private Renewals() {
    }

    /** The date a DBS certificate must be renewed by, or null when it needs no renewal (none held, or on the Update Service). */
    public static LocalDate dbsDue(DbsCertificate dbs) {
        return dbs == null || dbs.updateService() ? null : dbs.issuedOn().plus(DbsCertificate.ACCEPTED_FOR);
    }

    public static LocalDate trainingDue(LocalDate completedOn) {
        return completedOn == null ? null : completedOn.plus(TRAINING_VALID_FOR);
    }

    /** The tightest threshold {@code dueOn} is within on {@code today}; empty if further off or already past. */
    public static OptionalInt threshold(LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        if (days < 0) {
            return OptionalInt.empty();
        }
        return THRESHOLDS.stream().mapToInt(Integer::intValue).filter(t -> days <= t).min();
    }

    public static List<Renewal> renewals(List<Holder> holders) {
        List<Renewal> all = new ArrayList<>();
        for (Holder h : holders) {
            LocalDate dbs = dbsDue(h.dbs());
            if (dbs != null) {
                all.add(new Renewal(h.id(), h.name(), RenewalKind.DBS, dbs));
            }
            LocalDate training = trainingDue(h.trainingCompletedOn());
            if (training != null) {
                all.add(new Renewal(h.id(), h.name(), RenewalKind.TRAINING, training));
            }
        }
        return all;
    }

    /** The reminders due on {@code today}, one per renewal at most. */
    public static List<Due> due(List<Holder> holders, LocalDate today) {
        List<Due> due = new ArrayList<>();
        for (Renewal r : renewals(holders)) {
            threshold(r.dueOn(), today).ifPresent(t -> due.add(new Due(r, t)));
        }
        return due;
    }

    /** Renewals falling due within {@code days} of today, or already overdue, soonest first. */
    public static List<Renewal> expiringWithin(List<Holder> holders, LocalDate today, int days) {
        LocalDate limit = today.plusDays(days);
        return renewals(holders).stream().filter(r -> !r.dueOn().isAfter(limit))
                .sorted(Comparator.comparing(Renewal::dueOn).thenComparing(Renewal::volunteer)).toList();
    }
}
