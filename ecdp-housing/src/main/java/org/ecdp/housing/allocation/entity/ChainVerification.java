package org.ecdp.housing.allocation.entity;

import java.io.Serializable;
import java.util.Optional;

/**
 * What an evaluator learns from checking the allocation chain: how many allocations were
 * checked and, if the chain is broken, the first allocation from which it can no longer be
 * trusted and why. Serializable: the evaluation page keeps it in its view state, which travels
 * with the session to another instance.
 */
public record ChainVerification(int allocationsChecked, BrokenLink brokenLink) implements Serializable {

    /** {@code index} is the place in the list checked (from 0); {@code sequenceNumber} is what that allocation claims. */
    public record BrokenLink(int index, long sequenceNumber, String problem) implements Serializable {
    }

    public static ChainVerification intact(int allocationsChecked) {
        return new ChainVerification(allocationsChecked, null);
    }

    public static ChainVerification brokenAt(int allocationsChecked, int index, long sequenceNumber, String problem) {
        return new ChainVerification(allocationsChecked, new BrokenLink(index, sequenceNumber, problem));
    }

    /** The first allocation from which the chain can no longer be trusted, if any. */
    public Optional<BrokenLink> firstBrokenLink() {
        return Optional.ofNullable(brokenLink);
    }

    public boolean isIntact() {
        return brokenLink == null;
    }
}
