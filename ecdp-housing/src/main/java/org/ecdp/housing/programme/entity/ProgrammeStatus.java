package org.ecdp.housing.programme.entity;

/**
 * Where a programme is in its life: being set up (nobody can be enrolled yet), recruiting
 * (enrolment and randomisation open), closed (no more enrolment; the concealed sequence and
 * its seed may now be disclosed to the evaluator).
 */
public enum ProgrammeStatus {
    SET_UP("being set up"),
    RECRUITING("recruiting"),
    CLOSED("closed");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    /** The status for people, e.g. beside the programme's name: "recruiting". */
    public String label() {
        return label;
    }
}
