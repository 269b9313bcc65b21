package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/** COACHED share divided by CONTROL share, with its 95% CI from the log method. */
public record RiskRatio(double ratio, ConfidenceInterval ci) implements Serializable {
}
