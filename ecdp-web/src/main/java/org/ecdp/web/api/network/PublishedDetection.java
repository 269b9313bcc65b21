package org.ecdp.web.api.network;

import java.time.LocalDate;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * A judged pooled period as anyone may see it ({@link PooledPublication#published}): its count by
 * the small-cell rule, how many organisations logged any, and what the check said of it
 * ({@code figures}: expected, threshold, alarm), or null when those are withheld because they
 * are computed from a count that is hidden.
 */
public record PublishedDetection(LocalDate period, ShownCount observed, int organisations, PeriodDetection figures) {

    public boolean isWithheld() {
        return figures == null;
    }
}
