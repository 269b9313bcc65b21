package org.ecdp.logging.entry.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a tab, a search or an export shows. {@code services} empty means every service the
 * caller may see; {@code theme} includes its sub-themes; dates are on {@code occurredOn},
 * both ends included; {@code q} is words that must all appear in the summary (prefixes match).
 */
public record EntryFilter(Set<String> services, String theme, LocalDate from, LocalDate to,
                          String locality, String channel, String q) {

    public static EntryFilter everything() {
        return new EntryFilter(Set.of(), null, null, null, null, null, null);
    }

    public EntryFilter inService(String serviceCode) {
        return new EntryFilter(serviceCode == null ? Set.of() : Set.of(serviceCode), theme, from, to, locality, channel, q);
    }

    /** The same filter from another first day. */
    public EntryFilter from(LocalDate newFrom) {
        return new EntryFilter(services, theme, newFrom, to, locality, channel, q);
    }

    /** The same filter to another last day. */
    public EntryFilter to(LocalDate newTo) {
        return new EntryFilter(services, theme, from, newTo, locality, channel, q);
    }

    /**
     * The filter for the trail of reads, without the words searched: they may be a person's own
     * words or name, which the read audit must not copy (and an erasure could not find there).
     */
    public String describeWithoutWords() {
        return q == null ? describe() : new EntryFilter(services, theme, from, to, locality, channel, null).describe() + "; words searched";
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("services=").append(services.isEmpty() ? "all visible" : String.join(",", services));
        if (theme != null) sb.append("; theme=").append(theme);
        if (from != null) sb.append("; from=").append(from);
        if (to != null) sb.append("; to=").append(to);
        if (locality != null) sb.append("; locality=").append(locality);
        if (channel != null) sb.append("; channel=").append(channel);
        if (q != null) sb.append("; q=").append(q);
        return sb.toString();
    }
}
