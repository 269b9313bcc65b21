package org.ecdp.logging.trend.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.ecdp.logging.trend.entity.Detection;

/**
 * Farrington flexible, as R's {@code surveillance::farringtonFlexible} computes it with
 * periods as plain indices ("a year back" is {@code frequency} periods back, 52 for weeks).
 *
 * <p>For week t the reference data are the {@code b} past years' windows of 2w+1 weeks
 * around t − 52·i, and, with {@code noPeriods} &gt; 1, the weeks in between split into
 * {@code noPeriods} − 1 seasonal blocks (the windows themselves are the last block, the one
 * t is predicted in); the most recent {@code pastWeeksNotIncluded} weeks and t are left
 * out so an ongoing outbreak does not raise its own baseline. A quasi-Poisson GLM with the
 * blocks as factor and a linear time trend is fitted; the trend is kept only when it is
 * significant (p &lt; {@code pThresholdTrend}), there are at least 3 years and the
 * prediction does not exceed the largest reference count. Past outbreaks are down-weighted
 * (Anscombe residuals above {@code weightsThreshold}) and the model refitted; the
 * dispersion is floored at 1. The threshold is the upper 1 − α limit of the 2/3-power
 * transformed prediction interval ("delta" method). A week alarms when its count exceeds
 * the threshold, is not 0, and the last {@code limit54Periods} weeks (t included) hold at
 * least {@code limit54Cases} entries.
 *
 * <p>Unlike R, which reports no expected value or threshold for a week failing the
 * {@code limit54} rule, this detector reports them for every judged week, so a chart can
 * draw the threshold band throughout; the alarm follows R exactly. A week whose model
 * does not converge, or whose threshold is not a number (R warns and gives NA), is left
 * out of the result.
 *
 * <p>One quirk of R is kept on purpose: after down-weighting, R replaces the model's
 * working weights by the down-weights, so the trend's p-value and the prediction's
 * standard error use a dispersion weighted by those, while φ in the threshold is the
 * proper one floored at 1 (see {@link QuasiPoissonFit#priorWeightedDispersion()}).
 *
 * <p>Volume-adjusted ({@link #detect(long[], long[], int)}): R's {@code populationOffset = TRUE}
 * with the week's volume as the population. The model becomes log E[count] = … + log(volume),
 * so it predicts the theme's share of the week's volume and the expected value and threshold
 * scale with the judged week's volume: a week in which three times as many people were heard
 * expects three times the entries. R stops with an error ("NA/NaN/Inf in 'y'") when a
 * reference week had no volume at all (log 0); such a week is left out of the result, as R
 * gives no answer for it. A judged week with no volume expects (almost) nothing, as in R.
 */
public final class FarringtonFlexibleDetector implements SpikeDetector {

    /** The parameters of {@code farringtonFlexible} that the portal uses. */
    public record Settings(int b, int w, int noPeriods, int pastWeeksNotIncluded, double weightsThreshold,
            boolean trend, double pThresholdTrend, double alpha, int limit54Cases, int limit54Periods,
            int frequency) {

        /** The improved settings of Noufaily et al. (2013), as API.md fixes them. */
        public static Settings noufaily() {
            return new Settings(3, 3, 10, 26, 2.58, true, 0.05, 0.05, 5, 4, 52);
        }

        public Settings withAlpha(double newAlpha) {
            return new Settings(b, w, noPeriods, pastWeeksNotIncluded, weightsThreshold, trend, pThresholdTrend,
                    newAlpha, limit54Cases, limit54Periods, frequency);
        }

        public Settings withLimit54(int cases, int periods) {
            return new Settings(b, w, noPeriods, pastWeeksNotIncluded, weightsThreshold, trend, pThresholdTrend,
                    alpha, cases, periods, frequency);
        }
    }

    private final Settings settings;
    private final double z;
    /** Reference weeks as distances back from t (largest first, i.e. oldest first). */
    private final int[] referenceLag;
    /** Seasonal block of each reference week (1 … noPeriods). */
    private final int[] referenceBlock;
    /** The distinct blocks, in R's factor level order; the first is the GLM's baseline level. */
    private final int[] levels;

    public FarringtonFlexibleDetector(Settings settings) {
        if (settings.b() < 1 || settings.w() < 0 || settings.noPeriods() < 1 || settings.frequency() < 2) {
            throw new IllegalArgumentException("unusable Farrington settings " + settings);
        }
        if (!(settings.alpha() > 0 && settings.alpha() < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, was " + settings.alpha());
        }
        this.settings = settings;
        this.z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - settings.alpha());
        int[] blockByLag = blocks(settings);
        List<Integer> lags = new ArrayList<>();
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int lag = blockByLag.length - 1; lag >= 0; lag--) {
            if (blockByLag[lag] > 0 && lag > settings.pastWeeksNotIncluded()) {
                lags.add(lag);
                distinct.add(blockByLag[lag]);
            }
        }
        this.referenceLag = lags.stream().mapToInt(Integer::intValue).toArray();
        this.referenceBlock = lags.stream().mapToInt(lag -> blockByLag[lag]).toArray();
        this.levels = distinct.stream().mapToInt(Integer::intValue).toArray();
        if (settings.noPeriods() > 1 && !distinct.contains(settings.noPeriods())) {
            throw new IllegalArgumentException("no reference window is left to predict from: " + settings);
        }
    }

    /** Farrington flexible with the improved (Noufaily 2013) settings of API.md. */
    public static FarringtonFlexibleDetector noufaily() {
        return new FarringtonFlexibleDetector(Settings.noufaily());
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public int historyPeriods() {
        return settings.frequency() * settings.b() + settings.w();
    }

    @Override
    public List<Detection> detect(long[] counts, int firstPeriod) {
        return detect(counts, null, firstPeriod);
    }

    /**
     * Judges every week from {@code firstPeriod} on against the weeks' {@code volume} (R's
     * population offset), or on the counts alone when {@code volume} is null. Both arrays are
     * indexed by period.
     */
    public List<Detection> detect(long[] counts, long[] volume, int firstPeriod) {
        if (volume != null && volume.length != counts.length) {
            throw new IllegalArgumentException("volume has " + volume.length + " periods, counts " + counts.length);
        }
        List<Detection> detections = new ArrayList<>();
        for (int t = Math.max(firstPeriod, historyPeriods()); t < counts.length; t++) {
            Detection detection = judge(counts, volume, t);
            if (detection != null) {
                detections.add(detection);
            }
        }
        return detections;
    }

    private Detection judge(long[] counts, long[] volume, int t) {
        int n = referenceLag.length;
        double[] y = new double[n];
        double[] offset = new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            y[i] = counts[t - referenceLag[i]];
            largest = Math.max(largest, y[i]);
            if (volume != null) {
                if (volume[t - referenceLag[i]] <= 0) {
                    return null; // log(0) in the offset: R stops here
                }
                offset[i] = Math.log(volume[t - referenceLag[i]]);
            }
        }
        double offsetNow = volume == null ? 0 : Math.log(volume[t]);
        int week = t + 1; // R's time index is 1-based; predictions do not depend on it, rounding does a little
        Model model = fitWithReweighting(y, offset, week, settings.trend());
        if (model != null && model.hasTrend) {
            double dispersion = model.fit.priorWeightedDispersion();
            QuasiPoissonFit.Prediction withTrend = model.fit.predict(predictionRow(week, true), offsetNow, dispersion);
            double p = model.fit.pValue(1, dispersion);
            boolean keepTrend = settings.b() >= 3 && p < settings.pThresholdTrend() && withTrend.mean() <= largest;
            if (!keepTrend) {
                model = fitWithReweighting(y, offset, week, false);
            }
        }
        if (model == null) {
            return null;
        }
        QuasiPoissonFit.Prediction prediction = model.fit.predict(predictionRow(week, model.hasTrend), offsetNow,
                model.fit.priorWeightedDispersion());
        double expected = prediction.mean();
        double tau = model.phi + prediction.standardError() * prediction.standardError() / expected;
        double se = Math.sqrt(4.0 / 9.0 * Math.pow(expected, 1.0 / 3.0) * tau);
        double upperBound = Math.pow(Math.pow(expected, 2.0 / 3.0) + z * se, 3.0 / 2.0);
        if (!Double.isFinite(expected) || !Double.isFinite(upperBound)) {
            return null; // R gives NA here too
        }
        long observed = counts[t];
        double score = (observed - expected) / (upperBound - expected);
        boolean alarm = enoughCases(counts, t) && score > 1 && observed != 0;
        return new Detection(t, observed, expected, upperBound, alarm);
    }

    private boolean enoughCases(long[] counts, int t) {
        long sum = 0;
        for (int i = Math.max(0, t - settings.limit54Periods() + 1); i <= t; i++) {
            sum += counts[i];
        }
        return sum >= settings.limit54Cases();
    }

    private record Model(QuasiPoissonFit fit, boolean hasTrend, double phi) {
    }

    /** R's {@code algo.farrington.fitGLM.flexible}: fit, drop the trend if it fails, reweight, refit. */
    private Model fitWithReweighting(double[] y, double[] offset, int week, boolean trend) {
        try {
            double[] ones = new double[y.length];
            Arrays.fill(ones, 1.0);
            boolean withTrend = trend;
            QuasiPoissonFit fit = QuasiPoissonFit.fit(design(week, withTrend), y, ones, offset);
            if (!fit.converged() && withTrend) {
                withTrend = false;
                fit = QuasiPoissonFit.fit(design(week, false), y, ones, offset);
            }
            if (!fit.converged()) {
                return null;
            }
            double phi = Math.max(fit.dispersion(), 1);
            double[] weights = downWeights(anscombeResiduals(fit, phi));
            QuasiPoissonFit refit = QuasiPoissonFit.fit(design(week, withTrend), y, weights, offset);
            return new Model(refit, withTrend, Math.max(refit.dispersion(), 1));
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    private static double[] anscombeResiduals(QuasiPoissonFit fit, double phi) {
        double[] y = fit.observed();
        double[] mu = fit.fitted();
        double[] hat = fit.hatValues();
        double[] residuals = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double a = 1.5 * (Math.pow(y[i], 2.0 / 3.0) * Math.pow(mu[i], -1.0 / 6.0) - Math.sqrt(mu[i]));
            residuals[i] = a / Math.sqrt(phi * (1 - hat[i]));
        }
        return residuals;
    }

    /** R's {@code algo.farrington.assign.weights}: γ·s⁻² above the threshold, γ below, mean weight 1. */
    private double[] downWeights(double[] residuals) {
        double threshold = settings.weightsThreshold();
        double sum = 0;
        for (double s : residuals) {
            sum += s > threshold ? Math.pow(s, -2) : 1;
        }
        double gamma = residuals.length / sum;
        double[] weights = new double[residuals.length];
        for (int i = 0; i < residuals.length; i++) {
            weights[i] = residuals[i] > threshold ? gamma * Math.pow(residuals[i], -2) : gamma;
        }
        return weights;
    }

    private double[][] design(int week, boolean trend) {
        double[][] x = new double[referenceLag.length][];
        for (int i = 0; i < referenceLag.length; i++) {
            x[i] = row(week - referenceLag[i], referenceBlock[i], trend);
        }
        return x;
    }

    private double[] predictionRow(int week, boolean trend) {
        return row(week, settings.noPeriods(), trend);
    }

    /** Intercept, then the time index if there is a trend, then one indicator per non-baseline block. */
    private double[] row(int time, int block, boolean trend) {
        boolean factors = settings.noPeriods() != 1;
        int columns = 1 + (trend ? 1 : 0) + (factors ? levels.length - 1 : 0);
        double[] row = new double[columns];
        row[0] = 1;
        int column = 1;
        if (trend) {
            row[column++] = time;
        }
        if (factors) {
            for (int l = 1; l < levels.length; l++) {
                row[column++] = levels[l] == block ? 1 : 0;
            }
        }
        return row;
    }

    /**
     * R's {@code blocks}, as distances back from t: the seasonal block of every earlier week
     * (0 where a week is not used), before the most recent weeks are left out.
     */
    private static int[] blocks(Settings s) {
        int[] block = new int[s.frequency() * s.b() + s.w() + 1];
        int p = s.noPeriods();
        for (int lag = 0; lag <= s.w(); lag++) {
            block[lag] = p;
        }
        for (int i = 1; i <= s.b(); i++) {
            int referenceLagOfYear = i * s.frequency();
            for (int lag = referenceLagOfYear - s.w(); lag <= referenceLagOfYear + s.w(); lag++) {
                block[lag] = p;
            }
            if (p != 1) {
                int between = s.frequency() - 2 * s.w() - 1;
                if (between < p - 1) {
                    throw new IllegalArgumentException("too many seasonal blocks (noPeriods) for " + s);
                }
                int length = between / (p - 1);
                int rest = between % (p - 1);
                int done = 0;
                for (int j = 1; j <= p - 1; j++) {
                    int blockLength = length + (j <= rest ? 1 : 0);
                    for (int a = 0; a < blockLength; a++) {
                        block[referenceLagOfYear - s.w() - 1 - done - a] = j;
                    }
                    done += blockLength;
                }
            }
        }
        return block;
    }
}
