package org.ecdp.mentoring.renewal.entity;

/** What a volunteer renews: the DBS certificate or the training. */
public enum RenewalKind {
    DBS("DBS certificate"),
    TRAINING("Training");

    private final String label;

    RenewalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
