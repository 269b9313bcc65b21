package org.ecdp.housing.allocation.entity;

/**
 * Where the allocation chain ends so far: the last allocation's sequence number and hash.
 * The next allocation takes the following number and hashes this hash into its own.
 * {@link #GENESIS} stands before a programme's first allocation.
 */
public record ChainHead(long sequenceNumber, String hash) {

    public static final ChainHead GENESIS = new ChainHead(0, "0".repeat(64));

    public ChainHead {
        if (sequenceNumber < 0 || hash == null || hash.length() != 64) {
            throw new IllegalArgumentException("a chain head is a sequence number and a SHA-256 hex hash");
        }
    }
}
