package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/** Baseline scores of one instrument in one arm: how many, their mean and sample SD (n − 1; NaN under 2). */
public record BaselineScore(int n, double mean, double sd) implements Serializable {
}
