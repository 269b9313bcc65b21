package org.ecdp.mentoring.matching.entity;

import java.io.Serializable;

/** The points one criterion gave a pair (rounded to hundredths), and why in a coordinator's words. */
public record Reason(Criterion criterion, double points, String detail) implements Serializable {
}
