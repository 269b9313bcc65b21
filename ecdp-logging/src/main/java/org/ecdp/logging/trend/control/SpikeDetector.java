package org.ecdp.logging.trend.control;

import java.util.List;
import org.ecdp.logging.trend.entity.Detection;

/**
 * A spike detector over a count series whose index is the period. It judges a period only
 * when the series holds enough history before it ({@link #historyPeriods()} periods);
 * earlier periods serve as history only.
 */
public interface SpikeDetector {

    /** How many periods of history a period needs before it can be judged. */
    int historyPeriods();

    /** Judges every period from {@code firstPeriod} (or the first with enough history) to the end. */
    List<Detection> detect(long[] counts, int firstPeriod);

    /** Judges every period that has enough history. */
    default List<Detection> detect(long[] counts) {
        return detect(counts, 0);
    }
}
