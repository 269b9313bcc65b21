package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * How counts are written: all of them ({@link #ALL}), or for publication with the named cells
 * (JSON paths such as {@code consort.allocated.COACHED}) shown as "&lt;10".
 */
public record Published(Set<String> hidden) implements Serializable {

    public static final Published ALL = new Published(Set.of());

    public Published {
        hidden = Set.copyOf(hidden);
    }

    public boolean hides(String path) {
        return hidden.contains(path);
    }

    public boolean isForPublication() {
        return this != ALL;
    }
}
