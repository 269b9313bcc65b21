package org.ecdp.domain.validation;

/** One problem with one field of what a user sent, in words they can act on. */
public record FieldError(String field, String message) {
}
