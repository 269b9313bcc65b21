package org.ecdp.mentoring.matching.entity;

import java.util.Locale;

/** Where a volunteer is with the organisation. Only an active volunteer is matched. */
public enum VolunteerStatus {
    APPLIED, ACTIVE, PAUSED, LEFT;

    /** "Applied", "Active", "Paused", "Left": as the volunteer form says it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
