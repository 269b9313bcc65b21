package org.ecdp.web.mentoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.mentoring.dashboard.boundary.Dashboard;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.renewal.boundary.Reminders;
import org.ecdp.mentoring.renewal.control.Renewals;

/**
 * What a coordinator must act on before anything else, at the top of the mentoring dashboard and
 * the matches page: DBS checks and training past their renewal date, and match reviews past due.
 */
@Named
@RequestScoped
public class SafetyBanner {

    @Inject
    Dashboard dashboard;

    @Inject
    Reminders reminders;

    @Inject
    Matching matching;

    private LocalDate today;
    private List<Renewals.Renewal> renewals;
    private List<Match> reviews;

    @PostConstruct
    void init() {
        today = dashboard.today();
        renewals = reminders.expiring().stream().filter(r -> r.daysLeft(today) < 0).toList();
        reviews = matching.open().stream().filter(m -> m.nextReviewDue() != null && m.nextReviewDue().isBefore(today)).toList();
    }

    public boolean isShown() {
        return !renewals.isEmpty() || !reviews.isEmpty();
    }

    /** "Overdue: 1 renewal and 2 match reviews to act on now". */
    public String getHeading() {
        String what = renewals.isEmpty() ? "" : count(renewals.size(), "renewal");
        if (!reviews.isEmpty()) {
            what = what + (what.isEmpty() ? "" : " and ") + count(reviews.size(), "match review");
        }
        return "Overdue: " + what + " to act on now";
    }

    public long daysOverdue(Renewals.Renewal r) {
        return -r.daysLeft(today);
    }

    public long daysOverdue(Match m) {
        return java.time.temporal.ChronoUnit.DAYS.between(m.nextReviewDue(), today);
    }

    public String days(long n) {
        return count(n, "day");
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    public List<Renewals.Renewal> getRenewals() { return renewals; }
    public List<Match> getReviews() { return reviews; }
}
