package org.ecdp.logging.trend.entity;

import java.util.Objects;
import org.ecdp.domain.validation.InvalidInput;

/**
 * How the officer asked for detection: method, interval and the method's parameters, with
 * the API's defaults filled in ({@code baseline} 7, {@code alpha} 0.001 for C1 and C2,
 * 0.025 for C3 and 0.05 for Farrington, {@code minSigma} 0). {@code baseline} and
 * {@code minSigma} belong to the EARS methods; Farrington's settings are fixed (Noufaily
 * 2013) except for {@code alpha}, and it runs on weeks only. The {@code offset} is what a count
 * is judged against ({@link DetectionOffset}): the count alone unless asked, the week's volume
 * for Farrington only.
 */
public record DetectionSettings(DetectionMethod method, Interval interval, int baseline, double alpha, double minSigma,
        DetectionOffset offset) {

    public static final int DEFAULT_BASELINE = 7;
    /** Counts are entries per day or week; a floor on their spread above a million means nothing. */
    public static final double MAX_MIN_SIGMA = 1_000_000;

    public DetectionSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(offset, "offset");
    }

    /** Settings that judge the counts alone. */
    public DetectionSettings(DetectionMethod method, Interval interval, int baseline, double alpha, double minSigma) {
        this(method, interval, baseline, alpha, minSigma, DetectionOffset.NONE);
    }

    /**
     * These settings judging counts against {@code newOffset}.
     *
     * @throws InvalidInput naming the field {@code offset} for a volume with any method but Farrington
     */
    public DetectionSettings withOffset(DetectionOffset newOffset) {
        new InvalidInput.Collector()
                .check(newOffset != DetectionOffset.VOLUME || method == DetectionMethod.FARRINGTON, "offset",
                        "volume is for method=farrington only")
                .throwIfAny();
        return new DetectionSettings(method, interval, baseline, alpha, minSigma, newOffset);
    }

    /** The method as the officer reads it, with what it judged against: "weekly seasonal check, given the week's volume". */
    public String plainName() {
        return method.plainName(interval) + (offset == DetectionOffset.VOLUME ? VOLUME_WORDS : "");
    }

    /** How the plain name of a method says it judged a count against the week's volume. */
    public static final String VOLUME_WORDS = ", given how many were heard that week";

    /**
     * The settings for the request parameters, where {@code null} means "not given".
     *
     * @throws InvalidInput naming each field at fault: {@code baseline} below 3 (R's own
     *     minimum), {@code alpha} outside (0, 0.5), {@code minSigma} negative, or
     *     {@code interval} not {@code week} for Farrington
     */
    public static DetectionSettings of(DetectionMethod method, Interval interval, Integer baseline, Double alpha,
            Double minSigma) {
        int chosenBaseline = baseline == null ? DEFAULT_BASELINE : baseline;
        double chosenAlpha = alpha == null ? method.defaultAlpha() : alpha;
        double chosenMinSigma = minSigma == null ? 0 : minSigma;
        new InvalidInput.Collector()
                .check(chosenBaseline >= 3 && chosenBaseline <= 1000, "baseline", "must be a whole number from 3 to 1000")
                .check(chosenAlpha > 0 && chosenAlpha < 0.5, "alpha", "must be above 0 and below 0.5")
                .check(chosenMinSigma >= 0 && chosenMinSigma <= MAX_MIN_SIGMA, "minSigma", "must be from 0 to " + (long) MAX_MIN_SIGMA)
                .check(method != DetectionMethod.FARRINGTON || interval == Interval.WEEK, "interval",
                        "Farrington runs on weeks only")
                .throwIfAny();
        return new DetectionSettings(method, interval, chosenBaseline, chosenAlpha, chosenMinSigma);
    }
}
