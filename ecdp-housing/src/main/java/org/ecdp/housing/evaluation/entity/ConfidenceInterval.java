package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.List;

/** A 95% confidence interval; written {@code [lower, upper]} in the API. NaN bounds mean "cannot be estimated". */
public record ConfidenceInterval(double lower, double upper) implements Serializable {

    public static final ConfidenceInterval UNDEFINED = new ConfidenceInterval(Double.NaN, Double.NaN);

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    public List<Double> asList() {
        return List.of(lower, upper);
    }
}
