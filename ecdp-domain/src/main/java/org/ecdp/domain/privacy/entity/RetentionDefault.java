package org.ecdp.domain.privacy.entity;

/**
 * A kind of record kept for a limited time: its name (e.g. {@code LOG_PERSON_REF}), the period
 * in months the organisation starts with, what the rule removes and why the period is what it is.
 */
public record RetentionDefault(String kind, int months, String description, String reason) {
}
