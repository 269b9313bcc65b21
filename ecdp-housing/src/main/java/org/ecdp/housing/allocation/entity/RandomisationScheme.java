package org.ecdp.housing.allocation.entity;

import java.util.List;
import org.ecdp.domain.validation.InvalidInput;

/**
 * A programme's permuted-block design: the block sizes a block is drawn from at random
 * (e.g. 2 and 4) and the allocation ratio. Each block holds exactly its share of each arm,
 * so the arms are back in ratio at the end of every block.
 *
 * <p>The balance guarantee follows: with n<sub>C</sub> coached and n<sub>T</sub> control in
 * a stratum, the weighted imbalance n<sub>C</sub>·r<sub>T</sub> − n<sub>T</sub>·r<sub>C</sub>
 * never exceeds largest block · r<sub>C</sub>·r<sub>T</sub> / (r<sub>C</sub>+r<sub>T</sub>)
 * in size. At 1:1 that is the familiar rule: the arms never differ by more than half the
 * largest block.
 */
public record RandomisationScheme(List<Integer> blockSizes, AllocationRatio ratio) {

    public static final int MAX_BLOCK_SIZE = 64;

    public RandomisationScheme {
        if (ratio == null) {
            ratio = AllocationRatio.ONE_TO_ONE;
        }
        if (blockSizes == null || blockSizes.isEmpty()) {
            throw InvalidInput.of("blockSizes", "give at least one block size, e.g. [2,4]");
        }
        for (Integer size : blockSizes) {
            if (size == null || size < 2 || size > MAX_BLOCK_SIZE) {
                throw InvalidInput.of("blockSizes", "block sizes run from 2 to " + MAX_BLOCK_SIZE + ", got " + size);
            }
            if (size % ratio.perRound() != 0) {
                throw InvalidInput.of("blockSizes", "block size " + size + " is not a multiple of "
                        + ratio.perRound() + " (the ratio " + ratio.coached() + ":" + ratio.control() + " adds up to that)");
            }
        }
        if (blockSizes.stream().distinct().count() != blockSizes.size()) {
            throw InvalidInput.of("blockSizes", "each block size once, please");
        }
        blockSizes = List.copyOf(blockSizes);
    }

    public static RandomisationScheme of(List<Integer> blockSizes, List<Integer> ratio) {
        return new RandomisationScheme(blockSizes, AllocationRatio.of(ratio));
    }

    public int largestBlock() {
        return blockSizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** n<sub>C</sub>·r<sub>T</sub> − n<sub>T</sub>·r<sub>C</sub>: zero whenever the arms are exactly in ratio. */
    public long imbalance(long coached, long control) {
        return coached * ratio.control() - control * ratio.coached();
    }

    /** The most {@link #imbalance} can ever reach in size; half the largest block at 1:1. */
    public long maximumImbalance() {
        return (long) largestBlock() / ratio.perRound() * ratio.coached() * ratio.control();
    }
}
