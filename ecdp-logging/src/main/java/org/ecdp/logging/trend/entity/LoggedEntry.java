package org.ecdp.logging.trend.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Lived experience entries as a trend sees them: the day they happened, how many entries and
 * how many people they speak for. One entry ({@code entryCount} 1) or a day's total from the
 * log's day counts; a series counts {@code entryCount} entries and {@code peopleCount} people.
 */
public record LoggedEntry(LocalDate occurredOn, int peopleCount, int entryCount) {

    public LoggedEntry {
        Objects.requireNonNull(occurredOn, "occurredOn");
        if (entryCount < 1) {
            throw new IllegalArgumentException("entryCount must be at least 1, was " + entryCount);
        }
        if (peopleCount < entryCount) {
            throw new IllegalArgumentException("peopleCount must be at least one per entry, was " + peopleCount);
        }
    }

    /** One entry. */
    public LoggedEntry(LocalDate occurredOn, int peopleCount) {
        this(occurredOn, peopleCount, 1);
    }
}
