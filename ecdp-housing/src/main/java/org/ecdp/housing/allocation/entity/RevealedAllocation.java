package org.ecdp.housing.allocation.entity;

/**
 * One place in a stratum's allocation sequence as disclosed after the programme closes:
 * the k-th participant of the stratum (from 1), which block that falls in (from 1), the block's
 * size and the arm.
 */
public record RevealedAllocation(Stratum stratum, int position, int blockNumber, int blockSize, Arm arm) {
}
