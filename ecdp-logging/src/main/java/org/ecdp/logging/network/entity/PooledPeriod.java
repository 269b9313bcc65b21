package org.ecdp.logging.network.entity;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One period of a network theme's pooled series: the entries of every organisation that shares
 * aggregates added up, and each organisation's own part (by organisation id, only those with
 * entries). The parts never leave the server: they are what a caller must not be able to work out
 * from the total, so the publication rule needs them.
 */
public record PooledPeriod(LocalDate period, long entries, Map<Long, Long> byOrganisation) {

    public PooledPeriod {
        byOrganisation = java.util.Collections.unmodifiableMap(new TreeMap<>(byOrganisation));
    }

    /** How many organisations logged at least one entry in the period. */
    public int organisations() {
        return (int) byOrganisation.values().stream().filter(n -> n > 0).count();
    }

    /** What the rest of the network logged, seen from one organisation that knows its own part. */
    public long restOf(long organisation) {
        return entries - byOrganisation.getOrDefault(organisation, 0L);
    }
}
