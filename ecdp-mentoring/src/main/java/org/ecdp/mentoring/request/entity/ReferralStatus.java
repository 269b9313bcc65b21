package org.ecdp.mentoring.request.entity;

/** What a referrer may know of their referral: where the person is, never who their mentor is. */
public enum ReferralStatus {
    WAITING("Waiting for a mentor"),
    MATCHED("Matched with a mentor"),
    ENDED("Mentoring ended"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
