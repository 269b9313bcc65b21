package org.ecdp.logging.trend.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ecdp.logging.trend.entity.Detection;

/**
 * The CDC's Early Aberration Reporting System (EARS) C1, C2 and C3, as R's
 * {@code surveillance::earsC} computes them. A period's expected count is the mean of a
 * short baseline of periods before it, and its spread their sample standard deviation
 * (divisor n − 1), raised to {@code minSigma} so a flat baseline does not make every
 * single entry a spike.
 * <ul>
 * <li>C1: the baseline is the {@code baseline} periods just before t; upper bound =
 * expected + z·sd with z = Φ⁻¹(1 − α); alarm when observed &gt; upper bound.</li>
 * <li>C2: the same with a two-period guard: the baseline is t−baseline−2 … t−3.</li>
 * <li>C3: sums the C2 excesses max(0, C2(i) − 1) of t−2, t−1 and t and alarms when the
 * sum exceeds z; the upper bound is the smallest count at t that would alarm,
 * expected + sd·(1 + z − excess(t−2) − excess(t−1)), floored at 0 (as API.md defines it;
 * R's own C3 upper bound departs from this, and R alarms only when the two earlier
 * excesses alone pass z, so every R alarm is an alarm here but not the reverse). When the
 * two earlier excesses already pass z every count alarms and the upper bound is 0. With a
 * flat baseline (sd 0), a count above the mean is an infinite excess and a count at the
 * mean none (R gives NaN there).</li>
 * </ul>
 */
public final class EarsDetector implements SpikeDetector {

    /** The three EARS variants. */
    public enum Variant { C1, C2, C3 }

    private final Variant variant;
    private final int baseline;
    private final double minSigma;
    private final double z;

    public EarsDetector(Variant variant, int baseline, double alpha, double minSigma) {
        if (baseline < 3) {
            throw new IllegalArgumentException("the baseline must be at least 3 periods, was " + baseline);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, was " + alpha);
        }
        if (!(minSigma >= 0)) {
            throw new IllegalArgumentException("minSigma must be 0 or more, was " + minSigma);
        }
        this.variant = variant;
        this.baseline = baseline;
        this.minSigma = minSigma;
        this.z = new NormalDistribution().inverseCumulativeProbability(1 - alpha);
    }

    public static EarsDetector c1(int baseline, double alpha, double minSigma) {
        return new EarsDetector(Variant.C1, baseline, alpha, minSigma);
    }

    public static EarsDetector c2(int baseline, double alpha, double minSigma) {
        return new EarsDetector(Variant.C2, baseline, alpha, minSigma);
    }

    public static EarsDetector c3(int baseline, double alpha, double minSigma) {
        return new EarsDetector(Variant.C3, baseline, alpha, minSigma);
    }

    public Variant variant() {
        return variant;
    }

    @Override
    public int historyPeriods() {
        return switch (variant) {
            case C1 -> baseline;
            case C2 -> baseline + 2;
            case C3 -> baseline + 4;
        };
    }

    @Override
    public List<Detection> detect(long[] counts, int firstPeriod) {
        int first = Math.max(firstPeriod, historyPeriods());
        List<Detection> detections = new ArrayList<>(Math.max(0, counts.length - first));
        for (int t = first; t < counts.length; t++) {
            detections.add(variant == Variant.C3 ? judgeC3(counts, t) : judgeC1OrC2(counts, t));
        }
        return detections;
    }

    private Detection judgeC1OrC2(long[] counts, int t) {
        int lag = variant == Variant.C1 ? 1 : 3;
        Reference reference = reference(counts, t - lag - baseline + 1, t - lag);
        double upperBound = reference.mean + z * reference.sd;
        return new Detection(t, counts[t], reference.mean, upperBound, counts[t] > upperBound);
    }

    private Detection judgeC3(long[] counts, int t) {
        Reference now = c2Reference(counts, t);
        double pastExcess = excess(counts, t - 2) + excess(counts, t - 1);
        double statistic = pastExcess + now.excess(counts[t]);
        double upperBound;
        if (now.sd > 0) {
            upperBound = Math.max(0, now.mean + now.sd * (1 + z - pastExcess));
        } else {
            upperBound = pastExcess > z ? 0 : now.mean;
        }
        return new Detection(t, counts[t], now.mean, upperBound, statistic > z);
    }

    private double excess(long[] counts, int i) {
        return c2Reference(counts, i).excess(counts[i]);
    }

    private Reference c2Reference(long[] counts, int i) {
        return reference(counts, i - 2 - baseline, i - 3);
    }

    /** Mean and floored sample standard deviation of counts[from..to], both inclusive. */
    private Reference reference(long[] counts, int from, int to) {
        int n = to - from + 1;
        double sum = 0;
        for (int i = from; i <= to; i++) {
            sum += counts[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = from; i <= to; i++) {
            double deviation = counts[i] - mean;
            squares += deviation * deviation;
        }
        return new Reference(mean, Math.max(Math.sqrt(squares / (n - 1)), minSigma));
    }

    private record Reference(double mean, double sd) {
        /** max(0, C2 − 1) for an observed count against this reference. */
        double excess(long observed) {
            if (sd > 0) {
                return Math.max(0, (observed - mean) / sd - 1);
            }
            return observed > mean ? Double.POSITIVE_INFINITY : 0;
        }
    }
}
