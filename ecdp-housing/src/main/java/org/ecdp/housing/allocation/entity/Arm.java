package org.ecdp.housing.allocation.entity;

/**
 * The two arms of a supported housing programme: tenants who get a peer life coach, and
 * the control group who do not, so the impact of the peer element can be measured.
 */
public enum Arm {
    COACHED,
    CONTROL
}
