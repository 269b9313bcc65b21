package org.ecdp.mentoring.matching.entity;

/** A hard constraint a pair breaks, with the reason a coordinator reads. */
public record Violation(HardConstraint constraint, String reason) {
}
