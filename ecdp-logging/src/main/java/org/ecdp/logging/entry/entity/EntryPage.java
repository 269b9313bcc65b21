package org.ecdp.logging.entry.entity;

import java.util.List;

/** One page of the entries a filter finds, and how many it finds in all (the contract's exact {@code total}). */
public record EntryPage(long total, List<Entry> entries) {

    public EntryPage {
        entries = List.copyOf(entries);
    }
}
