package org.ecdp.logging.network.entity;

import java.time.LocalDate;
import org.ecdp.logging.trend.entity.PeriodDetection;

/**
 * What detection says of a pooled period, with the period's pooled count and contributors, and
 * {@code readsFrom}: the first period whose count the detection of this one reads (its baseline or
 * reference weeks). The figures depend on every count from {@code readsFrom} up to the period
 * itself, so they may be published only where all of those counts are.
 */
public record PooledDetection(PeriodDetection detection, PooledPeriod pooled, LocalDate readsFrom) {
}
