package org.ecdp.housing.allocation.entity;

import java.util.List;
import org.ecdp.domain.validation.InvalidInput;

/**
 * How many tenants go to each arm for every "round" of allocation, written COACHED:CONTROL
 * as the API's {@code ratio} array (default 1:1; {@code [2,1]} puts two coached for every
 * control). Every block holds a whole number of rounds, so a block size must be a multiple of
 * {@link #perRound()}.
 */
public record AllocationRatio(int coached, int control) {

    public static final AllocationRatio ONE_TO_ONE = new AllocationRatio(1, 1);

    public AllocationRatio {
        if (coached < 1 || control < 1) {
            throw InvalidInput.of("ratio", "each arm needs at least 1 in the ratio, got " + coached + ":" + control);
        }
    }

    /** From the API's {@code ratio} array {@code [coached, control]}; {@code null} means 1:1. */
    public static AllocationRatio of(List<Integer> ratio) {
        if (ratio == null) {
            return ONE_TO_ONE;
        }
        if (ratio.size() != 2 || ratio.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInput.of("ratio", "give two whole numbers, COACHED then CONTROL, e.g. [1,1]");
        }
        return new AllocationRatio(ratio.get(0), ratio.get(1));
    }

    public int perRound() {
        return coached + control;
    }

    public int share(Arm arm) {
        return arm == Arm.COACHED ? coached : control;
    }

    public List<Integer> asList() {
        return List.of(coached, control);
    }
}
