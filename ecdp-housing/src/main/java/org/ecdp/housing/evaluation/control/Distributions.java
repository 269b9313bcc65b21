package org.ecdp.housing.evaluation.control;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The reference distributions, from Commons Math. The t quantile is solved to 1e-15 rather
 * than the library's default 1e-9, so intervals agree with SciPy to well inside 1e-9; no random
 * generator is attached because nothing is sampled.
 */
final class Distributions {

    static final double Z_975 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

    private Distributions() {
    }

    static double tQuantile975(double df) {
        return new TDistribution(null, df, 1e-15).inverseCumulativeProbability(0.975);
    }

    static double twoSidedP(double t, double df) {
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }
}
