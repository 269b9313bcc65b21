package org.ecdp.logging.trend.entity;

import java.time.LocalDate;

/**
 * What detection says about one dated period, as served by {@code GET /api/trends/detection}:
 * {@code {"period","observed","expected","upperBound","alarm"}}.
 */
public record PeriodDetection(LocalDate period, long observed, double expected, double upperBound, boolean alarm) {
}
