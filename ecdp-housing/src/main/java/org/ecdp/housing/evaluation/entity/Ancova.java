package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/**
 * The primary analysis: OLS of follow-up on arm (COACHED = 1) and baseline. {@code effect} is the
 * arm coefficient (the coached arm's adjusted advantage in score points), with its standard error,
 * 95% CI on the t distribution with n − 3 df, and two-sided p.
 */
public record Ancova(double effect, double se, ConfidenceInterval ci, double p) implements Serializable {

    public static final Ancova UNDEFINED = new Ancova(Double.NaN, Double.NaN, ConfidenceInterval.UNDEFINED, Double.NaN);
}
