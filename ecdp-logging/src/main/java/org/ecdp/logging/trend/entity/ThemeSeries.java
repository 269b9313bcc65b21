package org.ecdp.logging.trend.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A theme's counts over consecutive periods, oldest first, with no gaps: index 0 is the
 * first period, and index {@code i} is {@code interval.plus(first, i)}. Detection works on
 * the {@link #entries()} array, where a period is its index.
 */
public record ThemeSeries(Interval interval, List<PeriodCount> periods) {

    public ThemeSeries {
        Objects.requireNonNull(interval, "interval");
        periods = List.copyOf(periods);
    }

    public int size() {
        return periods.size();
    }

    /** The period named by index {@code index}. */
    public LocalDate period(int index) {
        return periods.get(index).period();
    }

    /** The index of a period, which may lie before the series (negative) or after it. */
    public int indexOf(LocalDate period) {
        if (periods.isEmpty()) {
            throw new IllegalStateException("an empty series has no periods");
        }
        return interval.periodsBetween(periods.get(0).period(), interval.periodOf(period));
    }

    /** Entries per period, the series detection runs on. */
    public long[] entries() {
        return periods.stream().mapToLong(PeriodCount::entries).toArray();
    }

    /** People per period. */
    public long[] people() {
        return periods.stream().mapToLong(PeriodCount::people).toArray();
    }
}
