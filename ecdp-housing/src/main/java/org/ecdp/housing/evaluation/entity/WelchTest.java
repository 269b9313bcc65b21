package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/**
 * Welch's t test on change scores: {@code difference} is the COACHED mean change minus the
 * CONTROL mean change, with t, the Welch–Satterthwaite df, the 95% CI and the two-sided p.
 */
public record WelchTest(double difference, double t, double df, ConfidenceInterval ci, double p) implements Serializable {

    public static final WelchTest UNDEFINED =
            new WelchTest(Double.NaN, Double.NaN, Double.NaN, ConfidenceInterval.UNDEFINED, Double.NaN);
}
