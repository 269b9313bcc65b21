package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The publication rule, written once for housing: a count under {@link #THRESHOLD} (zero included)
 * is not published and reads {@link #SHOWN_AS}. A published result carries the rule itself
 * ({@code "publication":{"suppressedUnder":10,"shownAs":"<10"}}) so a reader of the numbers knows it.
 */
@JsonbPropertyOrder({"suppressedUnder", "shownAs"})
public record Publication(int suppressedUnder, String shownAs) implements Serializable {

    public static final int THRESHOLD = 10;
    public static final String SHOWN_AS = "<10";
    public static final Publication RULE = new Publication(THRESHOLD, SHOWN_AS);

    /** Whether {@code count} is too small to publish on its own. */
    public static boolean isSmall(long count) {
        return count < THRESHOLD;
    }
}
