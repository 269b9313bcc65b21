package org.ecdp.logging.trend.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.ecdp.logging.trend.entity.PeriodCount;
import org.ecdp.logging.trend.entity.ThemeSeries;

/**
 * Buckets a theme's entries into its series: every period from the first in {@code from}
 * to the last in {@code to}, each with its number of entries and the people they speak
 * for, zeros included. With {@link Interval#DAY} a weekend's entries count on the Monday
 * after; with {@link Interval#WEEK} on the ISO week's Monday. Entries falling outside the
 * series' periods are ignored, so the caller may pass a generous selection; to fetch
 * exactly what counts, select {@code occurredOn} within {@link #firstDayCounted} and
 * {@link #lastDayCounted}.
 */
public final class Periods {

    private Periods() {
    }

    /** The series of {@code entries} by {@code interval} over [{@code from}, {@code to}]. */
    public static ThemeSeries series(Collection<LoggedEntry> entries, Interval interval, LocalDate from, LocalDate to) {
        LocalDate first = interval.firstPeriodFrom(from);
        LocalDate last = interval.lastPeriodUpTo(to);
        int size = Math.max(0, interval.periodsBetween(first, last) + 1);
        int[] entryCounts = new int[size];
        int[] peopleCounts = new int[size];
        for (LoggedEntry entry : entries) {
            int index = interval.periodsBetween(first, interval.periodOf(entry.occurredOn()));
            if (index >= 0 && index < size) {
                entryCounts[index] += entry.entryCount();
                peopleCounts[index] += entry.peopleCount();
            }
        }
        List<PeriodCount> periods = new ArrayList<>(size);
        LocalDate period = first;
        for (int i = 0; i < size; i++) {
            periods.add(new PeriodCount(period, entryCounts[i], peopleCounts[i]));
            period = interval.next(period);
        }
        return new ThemeSeries(interval, periods);
    }

    /** The earliest {@code occurredOn} counted in a series over [{@code from}, {@code to}]. */
    public static LocalDate firstDayCounted(Interval interval, LocalDate from) {
        return interval.firstDayOf(interval.firstPeriodFrom(from));
    }

    /** The latest {@code occurredOn} counted in a series over [{@code from}, {@code to}]. */
    public static LocalDate lastDayCounted(Interval interval, LocalDate to) {
        return interval.lastDayOf(interval.lastPeriodUpTo(to));
    }
}
