package org.ecdp.domain.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by a boundary when what a user sent cannot be accepted. It names every field at
 * fault, so a page can mark them and the API can answer 400 with {@code errors}; nothing
 * has been written when it is thrown.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects errors and throws once at the end, so the user sees all of them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector reject(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                reject(field, message);
            }
            return this;
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
