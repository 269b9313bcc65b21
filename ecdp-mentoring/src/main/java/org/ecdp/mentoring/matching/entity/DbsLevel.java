package org.ecdp.mentoring.matching.entity;

/** The level of a volunteer's DBS certificate, lowest first. Only the last allows regulated activity. */
public enum DbsLevel {
    BASIC, STANDARD, ENHANCED, ENHANCED_BARRED_ADULTS
}
