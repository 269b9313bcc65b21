package org.ecdp.logging.network.entity;

import java.util.List;

/**
 * Detection on a pooled series, with what the publication rule must weigh beside it:
 * {@code history}, every period of the series from the first one any judged period reads
 * ({@link PooledDetection#readsFrom()}) to the last judged one, in whole ISO weeks; and, for a
 * series of working days, those ISO weeks ({@code weeks}), because the pooled weekly series shows
 * their totals and a hidden day must not be worked out from its week. For weeks {@code weeks} is
 * empty. Each week of {@code history} is complete, so how a period is shown does not depend on the
 * range asked for.
 */
public record PooledDetections(List<PooledDetection> periods, List<PooledPeriod> history, List<PooledPeriod> weeks) {

    public PooledDetections {
        periods = List.copyOf(periods);
        history = List.copyOf(history);
        weeks = List.copyOf(weeks);
    }
}
