package org.ecdp.housing.allocation.entity;

/**
 * The two arms of a supported housing programme: tenants who get a peer life coach, and
 * the control group who do not, so the impact of the peer element can be measured.
 */
public enum Arm {
    COACHED("Coached"),
    CONTROL("Control (no coaching)");

    private final String label;

    Arm(String label) {
        this.label = label;
    }

    /** The arm's name for people, e.g. in a table row: "Coached", "Control (no coaching)". */
    public String label() {
        return label;
    }
}
