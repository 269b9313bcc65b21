package org.ecdp.web.api;

import java.util.List;
import org.ecdp.domain.validation.InvalidInput;

/** A page of a list, as the API promises: {@code {"total": N, "items": [...]}}; size at most 500. */
public record Page<T>(long total, List<T> items) {

    public static final int MAX_SIZE = 500;

    public static void check(int page, int size) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(page >= 0, "page", "Must be 0 or more");
        problems.check(size >= 1 && size <= MAX_SIZE, "size", "Must be between 1 and " + MAX_SIZE);
        problems.throwIfAny();
    }
}
