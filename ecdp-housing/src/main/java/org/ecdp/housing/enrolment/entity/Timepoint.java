package org.ecdp.housing.enrolment.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When outcomes are measured: at baseline (before randomisation) and 3, 6 and 12 months after
 * enrolment. A follow-up is due that many months after the enrolment date and counts as on time
 * within {@link #WINDOW_DAYS} days either side; outside that it is kept but flagged.
 */
public enum Timepoint {
    BASELINE(0),
    M3(3),
    M6(6),
    M12(12);

    public static final int WINDOW_DAYS = 28;

    private final int months;

    Timepoint(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The timepoint for people: "Baseline", "3 months", "12 months". */
    public String label() {
        return this == BASELINE ? "Baseline" : months + " months";
    }

    public boolean isFollowUp() {
        return this != BASELINE;
    }

    public LocalDate dueOn(LocalDate enrolledOn) {
        return enrolledOn.plusMonths(months);
    }

    public boolean isWithinWindow(LocalDate enrolledOn, LocalDate measuredOn) {
        return Math.abs(ChronoUnit.DAYS.between(dueOn(enrolledOn), measuredOn)) <= WINDOW_DAYS;
    }

    /** The timepoint a code names, or {@code null} for an unknown one. */
    public static Timepoint parse(String code) {
        if (code == null) {
            return null;
        }
        for (Timepoint t : values()) {
            if (t.name().equalsIgnoreCase(code.strip())) {
                return t;
            }
        }
        return null;
    }
}
