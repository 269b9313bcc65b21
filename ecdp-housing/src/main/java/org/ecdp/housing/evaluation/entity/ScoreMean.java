package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/**
 * A point on the chart of means over time: one arm's mean score at one timepoint among those
 * measured, with its t-based 95% CI (mean ± t<sub>n−1</sub>·SD/√n; undefined below 2 people).
 */
public record ScoreMean(int n, double mean, ConfidenceInterval ci) implements Serializable {
}
