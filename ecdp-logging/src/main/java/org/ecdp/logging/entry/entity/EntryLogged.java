package org.ecdp.logging.entry.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired when an entry has been logged (observers that need it stored listen after the
 * transaction succeeds): the day it happened and the codes of the themes it was logged
 * under, so the alert scan looks only at what this entry can have changed.
 */
public record EntryLogged(long entryId, LocalDate occurredOn, Set<String> themeCodes) {

    public EntryLogged {
        themeCodes = Set.copyOf(themeCodes);
    }
}
