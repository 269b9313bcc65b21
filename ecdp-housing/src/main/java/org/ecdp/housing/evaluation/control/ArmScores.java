package org.ecdp.housing.evaluation.control;

import org.ecdp.housing.evaluation.entity.ArmSummary;

/**
 * One arm's analysed scores at one timepoint (baseline and follow-up of everyone with a
 * follow-up, in the order given) and the sums the comparisons need, each worked out once:
 * means, the change scores' mean and variance, and the baseline's squares and cross-products
 * with the follow-up about the arm's own means (the within-arm sums of the ANCOVA).
 */
final class ArmScores {

    final int randomised;
    final int analysed;
    final double baselineMean;
    final double followUpMean;
    final double changeMean;
    /** Sample variance (n - 1) of the change scores, NaN below two people. */
    final double changeVariance;
    /** Sum of (baseline - its mean) squared. */
    final double baselineSquares;
    /** Sum of (baseline - its mean) times (follow-up - its mean). */
    final double crossProducts;
    private final double[] baseline;
    private final double[] followUp;

    /** The first {@code analysed} entries of the arrays are the arm's scores. */
    ArmScores(int randomised, int analysed, double[] baseline, double[] followUp) {
        this.randomised = randomised;
        this.analysed = analysed;
        this.baseline = baseline;
        this.followUp = followUp;
        int n = analysed;
        double baselineSum = 0;
        double followUpSum = 0;
        double changeSum = 0;
        for (int i = 0; i < n; i++) {
            baselineSum += baseline[i];
            followUpSum += followUp[i];
            changeSum += followUp[i] - baseline[i];
        }
        this.baselineMean = n == 0 ? Double.NaN : baselineSum / n;
        this.followUpMean = n == 0 ? Double.NaN : followUpSum / n;
        this.changeMean = n == 0 ? Double.NaN : changeSum / n;
        double changeSquares = 0;
        double squares = 0;
        double products = 0;
        for (int i = 0; i < n; i++) {
            double change = followUp[i] - baseline[i] - changeMean;
            double b = baseline[i] - baselineMean;
            changeSquares += change * change;
            squares += b * b;
            products += b * (followUp[i] - followUpMean);
        }
        this.changeVariance = n < 2 ? Double.NaN : changeSquares / (n - 1);
        this.baselineSquares = squares;
        this.crossProducts = products;
    }

    /** Sum of squared residuals about the arm's means with the given common baseline slope. */
    double residualSquares(double slope) {
        double sum = 0;
        for (int i = 0; i < analysed; i++) {
            double residual = followUp[i] - followUpMean - slope * (baseline[i] - baselineMean);
            sum += residual * residual;
        }
        return sum;
    }

    ArmSummary summary() {
        return new ArmSummary(randomised, analysed, baselineMean, followUpMean, changeMean, Math.sqrt(changeVariance));
    }
}
