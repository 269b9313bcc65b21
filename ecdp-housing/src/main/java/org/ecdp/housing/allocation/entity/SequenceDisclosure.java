package org.ecdp.housing.allocation.entity;

import java.util.List;
/**
 * What the evaluator may see once a programme closes: the seed (checkable against the
 * commitment published when it started) and, per stratum, the sequence as far as it was used.
 */
public record SequenceDisclosure(String seed, String seedCommitment, List<RevealedAllocation> allocations) {
}
