package org.ecdp.mentoring.matching.entity;

/** Where a volunteer is with the organisation. Only an active volunteer is matched. */
public enum VolunteerStatus {
    APPLIED, ACTIVE, PAUSED, LEFT
}
