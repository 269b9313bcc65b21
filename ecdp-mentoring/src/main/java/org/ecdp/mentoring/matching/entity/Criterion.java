package org.ecdp.mentoring.matching.entity;

/** The criteria a pair is scored on; the codes appear as {@code criterion} in a run's reasons. */
public enum Criterion {
    GOALS("Goals the volunteer can help with"),
    SHARED_EXPERIENCE("Shared lived experience"),
    AVAILABILITY("Times both are free"),
    TRAVEL("Travel distance or remote"),
    LANGUAGE("Language"),
    ACCESS_NEEDS("Access needs met"),
    WAITING("Time waiting");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
