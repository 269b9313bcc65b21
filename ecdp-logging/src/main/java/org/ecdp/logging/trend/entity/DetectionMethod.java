package org.ecdp.logging.trend.entity;

import java.util.Arrays;
import org.ecdp.domain.validation.InvalidInput;

/**
 * The spike detection methods the officer can choose, by their API codes. EARS C1, C2 and
 * C3 compare a period with the few periods just before it (C2 and C3 leave a two-period
 * gap so a slowly building rise is not hidden in its own baseline); Farrington flexible
 * compares a week with the same weeks of past years and allows for seasons and trend.
 */
public enum DetectionMethod {
    EARS_C1("ears-c1", 0.001),
    EARS_C2("ears-c2", 0.001),
    EARS_C3("ears-c3", 0.025),
    FARRINGTON("farrington", 0.05);

    private final String code;
    private final double defaultAlpha;

    DetectionMethod(String code, double defaultAlpha) {
        this.code = code;
        this.defaultAlpha = defaultAlpha;
    }

    public String code() {
        return code;
    }

    /** The method in plain words, for people who do not know EARS or Farrington: "daily spike check". */
    public String plainName(Interval interval) {
        if (this == FARRINGTON) {
            return "weekly seasonal check";
        }
        String check = (interval == Interval.WEEK ? "weekly" : "daily") + " spike check";
        return this == EARS_C2 ? check : check + " (" + (this == EARS_C1 ? "quick" : "cautious") + ")";
    }

    /** The significance level used when the officer gives none. */
    public double defaultAlpha() {
        return defaultAlpha;
    }

    /** @throws InvalidInput naming the field {@code method} for an unknown code */
    public static DetectionMethod ofCode(String code) {
        return Arrays.stream(values())
                .filter(method -> method.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("method", "must be one of ears-c1, ears-c2, ears-c3, farrington"));
    }
}
