package org.ecdp.mentoring.matching.entity;

/**
 * What a person needs to take part, and what a volunteer can provide. BSL is met by a volunteer
 * who signs ("bsl" among their languages) and REMOTE_ONLY by one who meets remotely; the others
 * by the volunteer's own declared access support.
 */
public enum AccessNeed {
    BSL("British Sign Language"),
    STEP_FREE("Step-free venue"),
    LARGE_PRINT("Large print"),
    EASY_READ("Easy read"),
    REMOTE_ONLY("Remote only"),
    HEARING_LOOP("Hearing loop"),
    QUIET_SPACE("Quiet space");

    private final String label;

    AccessNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
