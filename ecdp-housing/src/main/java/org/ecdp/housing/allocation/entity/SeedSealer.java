package org.ecdp.housing.allocation.entity;

/**
 * Seals an allocation seed for storage and opens it again, with a key held outside the
 * database: whoever reads the database (a backup, a DBA) cannot compute the allocations. The
 * sealed text starts with {@link #PREFIX}; anything else is a seed stored in clear (before
 * sealing existed), which the portal seals as it starts.
 */
public interface SeedSealer {

    String PREFIX = "aesgcm1:";

    String seal(AllocationSeed seed);

    AllocationSeed open(String sealed);

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
