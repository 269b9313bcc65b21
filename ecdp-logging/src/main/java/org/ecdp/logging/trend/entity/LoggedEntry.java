package org.ecdp.logging.trend.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One lived experience entry as a trend sees it: the day it happened and how many people
 * it speaks for. A series counts it once as an entry and {@code peopleCount} times as people.
 */
public record LoggedEntry(LocalDate occurredOn, int peopleCount) {

    public LoggedEntry {
        Objects.requireNonNull(occurredOn, "occurredOn");
        if (peopleCount < 1) {
            throw new IllegalArgumentException("peopleCount must be at least 1, was " + peopleCount);
        }
    }
}
