package org.ecdp.logging.trend.entity;

import java.time.LocalDate;

/**
 * One period of a theme's series, as served by {@code GET /api/trends/series}:
 * {@code {"period":"2026-03-02","entries":N,"people":N}}. A period with nothing logged is
 * present with zeros.
 */
public record PeriodCount(LocalDate period, int entries, int people) {
}
