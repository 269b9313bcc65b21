package org.ecdp.web.api.mentoring.dashboard;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.mentoring.dashboard.control.DashboardFigures;
import org.ecdp.web.api.mentoring.renewal.RenewalViews.ReminderView;
import org.ecdp.web.api.mentoring.renewal.RenewalViews.RenewalView;

/** The coordinator's dashboard as JSON: who waits how long, time to match, how full the volunteers are, renewals. */
public record DashboardView(LocalDate today, List<BandView> waiting, TimeToMatchView timeToMatch, UtilisationView utilisation,
                            List<RenewalView> expiring, List<ReminderView> reminders) {

    /** A waiting band; {@code toDays} is {@code null} for the last, open-ended band. */
    public record BandView(String label, int fromDays, @JsonbNillable Integer toDays, int count, List<WaitingView> people) {
        static BandView of(DashboardFigures.Band b, LocalDate today) {
            return new BandView(b.label(), b.fromDays(), b.toDays(), b.count(),
                    b.people().stream().map(w -> new WaitingView(w.requestId(), w.ref(), DashboardFigures.daysWaiting(w.referredOn(), today)))
                            .toList());
        }
    }

    public record WaitingView(long request, String ref, long daysWaiting) {
    }

    /** Days from referral to first match by month; {@code estimation} names the percentile definition. */
    public record TimeToMatchView(String estimation, List<MonthView> months) {
    }

    public record MonthView(String month, int matched, double medianDays, double p90Days) {
        static MonthView of(DashboardFigures.MonthFigures m) {
            return new MonthView(m.month().toString(), m.matched(), m.medianDays(), m.p90Days());
        }
    }

    public record UtilisationView(int used, int capacity, List<LoadView> volunteers) {
        static UtilisationView of(DashboardFigures.Utilisation u) {
            return new UtilisationView(u.used(), u.capacity(), u.volunteers().stream()
                    .map(l -> new LoadView(l.volunteerId(), l.volunteer(), l.used(), l.capacity())).toList());
        }
    }

    public record LoadView(long volunteer, String name, int used, int capacity) {
    }
}
