package org.ecdp.mentoring.matching.entity;

/**
 * What a person wants a mentor's help with, and what a volunteer offers (their skills). Helping
 * with money or getting someone to health appointments is regulated activity with adults: only a
 * volunteer whose DBS check includes the adults' barred list may take it on.
 */
public enum Goal {
    COLLEGE_COURSE("College course", false),
    WORK_EXPERIENCE("Work experience", false),
    SKILLS("Skills", false),
    CONFIDENCE("Confidence", false),
    SOCIAL("Social", false),
    TRAVEL_TRAINING("Travel training", false),
    MONEY_MANAGEMENT("Money management", true),
    HEALTH_APPOINTMENTS("Health appointments", true);

    private final String label;
    private final boolean regulatedActivity;

    Goal(String label, boolean regulatedActivity) {
        this.label = label;
        this.regulatedActivity = regulatedActivity;
    }

    public String label() {
        return label;
    }

    public boolean isRegulatedActivity() {
        return regulatedActivity;
    }
}
