package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;

/**
 * The standardised difference in change scores: g = J·d, d = difference / pooled SD,
 * J = 1 − 3/(4(n1+n2) − 9); 95% CI g ± 1.96·SE, SE = sqrt((n1+n2)/(n1·n2) + g²/(2(n1+n2))).
 */
public record HedgesG(double g, ConfidenceInterval ci) implements Serializable {

    public static final HedgesG UNDEFINED = new HedgesG(Double.NaN, ConfidenceInterval.UNDEFINED);
}
