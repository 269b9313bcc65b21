package org.ecdp.logging.network.entity;

import org.ecdp.logging.trend.entity.PeriodDetection;

/** What detection says of a pooled period, with the period's pooled count and contributors. */
public record PooledDetection(PeriodDetection detection, PooledPeriod pooled) {
}
