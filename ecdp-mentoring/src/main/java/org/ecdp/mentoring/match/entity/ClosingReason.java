package org.ecdp.mentoring.match.entity;

/** Why a match ended. A rematch closes the old match with REMATCHED and keeps its history. */
public enum ClosingReason {
    GOAL_MET("Goal met"),
    PERSON_WITHDREW("Person withdrew"),
    VOLUNTEER_LEFT("Volunteer left"),
    REMATCHED("Rematched");

    private final String label;

    ClosingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
