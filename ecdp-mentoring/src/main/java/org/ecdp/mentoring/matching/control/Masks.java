package org.ecdp.mentoring.matching.control;

import java.util.Collection;

/** Sets of enum constants as int bit masks (every vocabulary here has fewer than 32 codes). */
final class Masks {

    private Masks() {
    }

    static int bit(Enum<?> e) {
        return 1 << e.ordinal();
    }

    static int of(Collection<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> e : values) {
            mask |= bit(e);
        }
        return mask;
    }
}
