package org.ecdp.logging.trend.control;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A quasi-Poisson log-linear model fitted the way R's {@code glm.fit} fits
 * {@code family = quasipoisson(link = "log")}: iteratively reweighted least squares
 * started from μ = y + 0.1, each step a QR least-squares solve, stopping when the deviance
 * changes by less than 1e-8 relatively (at most 25 steps). As in R, the working weights,
 * the QR behind the hat values and the covariance are those of the last step, and the
 * dispersion is the Pearson statistic over the residual degrees of freedom. Farrington's
 * thresholds depend on these details, so they follow R's code rather than textbook
 * shortcuts.
 *
 * <p>An offset (R's {@code offset(log(population))}) enters as {@code glm.fit} has it: the
 * start is still μ = y + 0.1 without it, the working response leaves it out
 * ({@code z = η − offset + (y − μ)/μ'}) and every later linear predictor adds it back.
 */
final class QuasiPoissonFit {

    private static final double EPSILON = 1e-8;
    private static final int MAX_ITERATIONS = 25;
    private static final double DOUBLE_EPS = Math.ulp(1.0);

    private final double[][] x;
    private final double[] y;
    private final double[] priorWeights;
    private final double[] offset;
    private final double[] coefficients;
    private final double[] mu;
    private final double[] workingWeights;
    private final RealMatrix unscaledCovariance;
    private final RealMatrix weightedDesign;
    private final RealMatrix rInverse;
    private final boolean converged;
    private final double dispersion;
    private final double priorWeightedDispersion;

    private QuasiPoissonFit(double[][] x, double[] y, double[] priorWeights, double[] offset) {
        this.x = x;
        this.y = y;
        this.priorWeights = priorWeights;
        this.offset = offset;
        int n = y.length;
        int p = x[0].length;
        double[] eta = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            eta[i] = Math.log(y[i] + 0.1);
            mu[i] = linkInverse(eta[i]);
        }
        double devianceBefore = deviance(mu);
        double[] start = null;
        double[] weights = new double[n];
        QRDecomposition qr = null;
        RealMatrix weightedDesign = null;
        boolean done = false;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[][] xw = new double[n][p];
            double[] zw = new double[n];
            for (int i = 0; i < n; i++) {
                double muEta = linkInverse(eta[i]);
                double z = eta[i] - offset[i] + (y[i] - mu[i]) / muEta;
                double w = Math.sqrt(priorWeights[i] * muEta * muEta / mu[i]);
                weights[i] = w * w;
                for (int j = 0; j < p; j++) {
                    xw[i][j] = x[i][j] * w;
                }
                zw[i] = z * w;
            }
            weightedDesign = new Array2DRowRealMatrix(xw, false);
            qr = new QRDecomposition(weightedDesign);
            double[] previous = start;
            start = qr.getSolver().solve(new ArrayRealVector(zw, false)).toArray();
            if (!allFinite(start)) {
                break;
            }
            updatePredictor(start, eta, mu);
            double deviance = deviance(mu);
            for (int halvings = 0; !Double.isFinite(deviance) && previous != null && halvings < MAX_ITERATIONS;
                    halvings++) {
                for (int j = 0; j < p; j++) {
                    start[j] = (start[j] + previous[j]) / 2;
                }
                updatePredictor(start, eta, mu);
                deviance = deviance(mu);
            }
            if (Math.abs(deviance - devianceBefore) / (0.1 + Math.abs(deviance)) < EPSILON) {
                done = true;
                break;
            }
            devianceBefore = deviance;
        }
        this.converged = done;
        this.coefficients = start;
        this.mu = mu;
        this.workingWeights = weights;
        RealMatrix r = qr.getR().getSubMatrix(0, p - 1, 0, p - 1);
        this.rInverse = MatrixUtils.inverse(r);
        this.unscaledCovariance = rInverse.multiply(rInverse.transpose());
        this.weightedDesign = weightedDesign;
        double pearson = 0;
        double priorWeighted = 0;
        for (int i = 0; i < n; i++) {
            double residual = (y[i] - mu[i]) / linkInverse(eta[i]);
            pearson += weights[i] * residual * residual;
            priorWeighted += priorWeights[i] * residual * residual;
        }
        this.dispersion = pearson / degreesOfFreedom();
        this.priorWeightedDispersion = priorWeighted / degreesOfFreedom();
    }

    /** Fits log E[y] = x·β + offset with prior weights (offset 0: no offset); never null, see {@link #converged()}. */
    static QuasiPoissonFit fit(double[][] x, double[] y, double[] priorWeights, double[] offset) {
        return new QuasiPoissonFit(x, y, priorWeights, offset);
    }

    boolean converged() {
        return converged && coefficients != null && allFinite(coefficients);
    }

    /** R's {@code summary.glm(model)$dispersion}: not floored. */
    double dispersion() {
        return dispersion;
    }

    /**
     * The dispersion R's {@code farringtonFlexible} goes on to use for the trend's p-value
     * and the prediction's standard error: {@code algo.farrington.fitGLM.flexible} replaces
     * the fitted model's working weights by the prior (down-)weights, so later calls to
     * {@code summary.glm} and {@code predict.glm} weight the squared working residuals by those.
     */
    double priorWeightedDispersion() {
        return priorWeightedDispersion;
    }

    int degreesOfFreedom() {
        return y.length - x[0].length;
    }

    double[] fitted() {
        return mu.clone();
    }

    /** Diagonal of the hat matrix of the last weighted least-squares step ({@code hatvalues}). */
    double[] hatValues() {
        int n = y.length;
        double[] hat = new double[n];
        double[][] inverse = rInverse.getData();
        int p = inverse.length;
        for (int i = 0; i < n; i++) {
            double[] row = weightedDesign.getRow(i);
            double sum = 0;
            for (int j = 0; j < p; j++) {
                double v = 0;
                for (int k = 0; k < p; k++) {
                    v += row[k] * inverse[k][j];
                }
                sum += v * v;
            }
            hat[i] = sum >= 1 - 10 * DOUBLE_EPS ? 1 : sum;
        }
        return hat;
    }

    /** Two-sided p-value of coefficient {@code j} on the t distribution, as {@code summary.glm} with this dispersion. */
    double pValue(int j, double dispersion) {
        double se = Math.sqrt(dispersion * unscaledCovariance.getEntry(j, j));
        double t = coefficients[j] / se;
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return 2 * new TDistribution(null, degreesOfFreedom()).cumulativeProbability(-Math.abs(t));
    }

    /**
     * The fitted mean at a new design row whose offset is {@code rowOffset}, and its standard
     * error (response scale) with this dispersion.
     */
    Prediction predict(double[] row, double rowOffset, double dispersion) {
        RealVector x0 = new ArrayRealVector(row, false);
        double eta = x0.dotProduct(new ArrayRealVector(coefficients, false)) + rowOffset;
        double variance = x0.dotProduct(unscaledCovariance.operate(x0));
        double mean = linkInverse(eta);
        return new Prediction(mean, Math.sqrt(variance * dispersion) * mean);
    }

    double[] observed() {
        return y;
    }

    record Prediction(double mean, double standardError) {
    }

    private void updatePredictor(double[] beta, double[] eta, double[] mu) {
        for (int i = 0; i < eta.length; i++) {
            double sum = 0;
            for (int j = 0; j < beta.length; j++) {
                sum += x[i][j] * beta[j];
            }
            eta[i] = sum + offset[i];
            mu[i] = linkInverse(eta[i]);
        }
    }

    private double deviance(double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i] > 0
                    ? 2 * priorWeights[i] * (y[i] * Math.log(y[i] / mu[i]) - (y[i] - mu[i]))
                    : 2 * mu[i] * priorWeights[i];
        }
        return sum;
    }

    private static double linkInverse(double eta) {
        return Math.max(Math.exp(eta), DOUBLE_EPS);
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
