package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/** COACHED share minus CONTROL share, with its 95% Wald CI (not clipped to [−1, 1]). */
public record RiskDifference(double difference, ConfidenceInterval ci) implements Serializable {
}
