package org.ecdp.housing.allocation.entity;

import java.util.Optional;

/**
 * What an evaluator learns from checking the allocation chain: how many allocations were
 * checked and, if the chain is broken, the first allocation from which it can no longer be
 * trusted and why.
 */
public record ChainVerification(int allocationsChecked, Optional<BrokenLink> firstBrokenLink) {

    /** {@code index} is the place in the list checked (from 0); {@code sequenceNumber} is what that allocation claims. */
    public record BrokenLink(int index, long sequenceNumber, String problem) {
    }

    public static ChainVerification intact(int allocationsChecked) {
        return new ChainVerification(allocationsChecked, Optional.empty());
    }

    public static ChainVerification brokenAt(int allocationsChecked, int index, long sequenceNumber, String problem) {
        return new ChainVerification(allocationsChecked, Optional.of(new BrokenLink(index, sequenceNumber, problem)));
    }

    public boolean isIntact() {
        return firstBrokenLink.isEmpty();
    }
}
