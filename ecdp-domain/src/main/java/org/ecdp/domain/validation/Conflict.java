package org.ecdp.domain.validation;

import java.util.List;

/**
 * What was sent is well formed but clashes with what is already recorded (an evidence pack for
 * publication overlapping one released before, say): a conflict (409) that names the fields to
 * change, so a page can mark them like any invalid input. Nothing has been written when it is thrown.
 */
public class Conflict extends InvalidInput {

    public Conflict(List<FieldError> errors) {
        super(errors);
    }
}
