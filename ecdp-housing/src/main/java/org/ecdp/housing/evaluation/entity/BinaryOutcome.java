package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.Objects;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * One randomised participant's yes/no outcome (tenancy sustained at 12 months, moved on to
 * independent living) in the arm they were allocated to; {@code achieved} is {@code null} when
 * the outcome is not known.
 */
public record BinaryOutcome(Arm arm, Boolean achieved, boolean withdrawn) implements Serializable {

    public BinaryOutcome {
        Objects.requireNonNull(arm, "arm");
    }

    public boolean isKnown() {
        return achieved != null;
    }
}
