package org.ecdp.housing.programme.entity;

/**
 * Where a programme is in its life: being set up (nobody can be enrolled yet), recruiting
 * (enrolment and randomisation open), closed (no more enrolment; the concealed sequence and
 * its seed may now be disclosed to the evaluator).
 */
public enum ProgrammeStatus {
    SET_UP,
    RECRUITING,
    CLOSED
}
