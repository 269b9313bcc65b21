package org.ecdp.domain.privacy.entity;

import java.time.LocalDate;

/** One rule's part of a retention run: records dated before {@code cutOff} changed, how many. */
public record RetentionApplied(String kind, int months, LocalDate cutOff, int records) {
}
