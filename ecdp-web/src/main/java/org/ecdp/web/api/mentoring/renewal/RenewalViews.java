package org.ecdp.web.api.mentoring.renewal;

import java.time.LocalDate;
import org.ecdp.mentoring.renewal.control.Renewals;
import org.ecdp.mentoring.renewal.entity.Reminder;

/** The JSON of renewals (a DBS check or training falling due) and of the reminders recorded for them. */
public final class RenewalViews {

    private RenewalViews() {
    }

    /** A renewal due: {@code daysLeft} is negative once it is overdue. */
    public record RenewalView(long volunteer, String name, String kind, LocalDate dueOn, long daysLeft) {
        public static RenewalView of(Renewals.Renewal r, LocalDate today) {
            return new RenewalView(r.volunteerId(), r.volunteer(), r.kind().name(), r.dueOn(), r.daysLeft(today));
        }
    }

    /** A reminder recorded when a renewal reached one of its thresholds (days before it is due). */
    public record ReminderView(long volunteer, String name, String kind, int thresholdDays, LocalDate dueOn, LocalDate remindedOn) {
        public static ReminderView of(Reminder r) {
            return new ReminderView(r.getVolunteer().getId(), r.getVolunteer().getName(), r.getKind().name(), r.getThresholdDays(),
                    r.getDueOn(), r.getRemindedOn());
        }
    }
}
