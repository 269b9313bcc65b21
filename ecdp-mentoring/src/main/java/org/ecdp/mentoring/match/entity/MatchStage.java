package org.ecdp.mentoring.match.entity;

/**
 * Where a match is: suggested by a run, proposed by the coordinator to both, introduced (both
 * agreed; first meeting arranged), active (meeting), closed; or declined at the proposal, after
 * which that pair is never proposed again. Proposed, introduced and active matches take one of
 * the volunteer's places and take the person off the waiting list.
 */
public enum MatchStage {
    SUGGESTED("Suggested"),
    PROPOSED("Proposed"),
    INTRODUCED("Introduced"),
    ACTIVE("Active"),
    CLOSED("Closed"),
    DECLINED("Declined");

    private final String label;

    MatchStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean holdsPlace() {
        return this == PROPOSED || this == INTRODUCED || this == ACTIVE;
    }
}
