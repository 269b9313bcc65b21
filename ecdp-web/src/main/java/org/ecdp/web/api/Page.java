package org.ecdp.web.api;

import java.util.List;
import org.ecdp.domain.validation.InvalidInput;

/** A page of a list, as the API promises: {@code {"total": N, "items": [...]}}; size at most 500. */
public record Page<T>(long total, List<T> items) {

    public static final int MAX_SIZE = 500;
    /** Nobody pages this far by hand; beyond it a client should narrow its filter. */
    public static final int MAX_PAGE = 100_000;
    // MAX_PAGE × MAX_SIZE is 50 million, so page × size never overflows an int

    public static void check(int page, int size) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(page >= 0 && page <= MAX_PAGE, "page", "Must be from 0 to " + MAX_PAGE);
        problems.check(size >= 1 && size <= MAX_SIZE, "size", "Must be between 1 and " + MAX_SIZE);
        problems.throwIfAny();
    }
}
