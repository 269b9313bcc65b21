package org.ecdp.domain.validation;

import java.time.LocalDate;

/**
 * The dates a person could mean: 1900-01-01 to 2100-12-31. Anything outside is a typing
 * slip or a probe (year 0, year 999,999,999) and some databases cannot even store it, so
 * every date a user or a workbook gives is checked against this range before it is used.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Rejects {@code date} naming {@code field} when it is outside the range; null passes (required is another rule). */
    public static InvalidInput.Collector check(InvalidInput.Collector problems, String field, LocalDate date) {
        return problems.check(date == null || contains(date), field, "Use a date from " + EARLIEST + " to " + LATEST);
    }
}
