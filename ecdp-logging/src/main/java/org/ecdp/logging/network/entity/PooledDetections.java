package org.ecdp.logging.network.entity;

import java.util.List;

/**
 * Detection on a pooled series, with what the publication rule must weigh beside it: for a
 * series of working days, every working day ({@code days}) and the ISO week ({@code weeks}) of the
 * whole weeks the judged days fall in, because the pooled weekly series shows those weeks' totals
 * and a hidden day must not be worked out from its week. For weeks both lists are empty.
 */
public record PooledDetections(List<PooledDetection> periods, List<PooledPeriod> days, List<PooledPeriod> weeks) {

    public PooledDetections {
        periods = List.copyOf(periods);
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
    }
}
