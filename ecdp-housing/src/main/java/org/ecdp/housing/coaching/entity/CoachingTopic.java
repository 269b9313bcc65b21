package org.ecdp.housing.coaching.entity;

/** What a coaching session covered, in the coaches' own headings. */
public enum CoachingTopic {
    TENANCY("Tenancy"),
    MONEY("Money"),
    HEALTH("Health"),
    WORK_AND_LEARNING("Work and learning"),
    SOCIAL("Social"),
    DAILY_LIVING("Daily living");

    private final String label;

    CoachingTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
