package org.ecdp.housing.enrolment.entity;

import java.time.LocalDate;

/**
 * Where a participant's follow-up measure stands: relative to its due date (3, 6 or 12 months
 * after enrolment) and window ({@link Timepoint#WINDOW_DAYS} days either side).
 */
public enum MeasureStatus {
    /** The window has not opened yet. */
    NOT_YET("Not yet due"),
    /** The window is open and the due date has not passed: take it now. */
    DUE("Due"),
    /** Past the due date, window still open: late, still counts if taken within the window. */
    LATE("Late"),
    /** The window closed with nothing recorded. */
    MISSING("Missing"),
    /** Recorded within the window. */
    ON_TIME("Recorded"),
    /** Recorded, but outside the window: kept and flagged. */
    OUT_OF_WINDOW("Recorded outside the window"),
    /** Nothing recorded and the participant withdrew. */
    WITHDRAWN("Withdrawn");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether someone should act on it (shown as a flag on the caseload). */
    public boolean isFlagged() {
        return this == DUE || this == LATE || this == MISSING || this == OUT_OF_WINDOW;
    }

    /**
     * @param recordedOn when the measure was taken, {@code null} if not yet
     * @param withdrawnOn when the participant withdrew, {@code null} if not
     */
    public static MeasureStatus of(Timepoint timepoint, LocalDate enrolledOn, LocalDate recordedOn, LocalDate withdrawnOn,
                                   LocalDate today) {
        if (!timepoint.isFollowUp()) {
            throw new IllegalArgumentException("only follow-ups have a window");
        }
        if (recordedOn != null) {
            return timepoint.isWithinWindow(enrolledOn, recordedOn) ? ON_TIME : OUT_OF_WINDOW;
        }
        if (withdrawnOn != null) {
            return WITHDRAWN;
        }
        LocalDate due = timepoint.dueOn(enrolledOn);
        if (today.isBefore(due.minusDays(Timepoint.WINDOW_DAYS))) {
            return NOT_YET;
        }
        if (!today.isAfter(due)) {
            return DUE;
        }
        return today.isAfter(due.plusDays(Timepoint.WINDOW_DAYS)) ? MISSING : LATE;
    }
}
