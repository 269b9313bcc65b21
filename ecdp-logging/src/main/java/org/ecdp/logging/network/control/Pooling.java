package org.ecdp.logging.network.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecdp.logging.network.entity.OrganisationDay;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;

/**
 * Adds up the organisations' day counts into periods exactly as one organisation's series is
 * bucketed ({@link org.ecdp.logging.trend.control.Periods}): ISO weeks from their Monday, or
 * working days with a weekend counted on the Monday after; every period present, zeros included.
 * Each organisation's part is kept per period, for the publication rule.
 */
public final class Pooling {

    private Pooling() {
    }

    /** The pooled periods by {@code interval} over [{@code from}, {@code to}]; days outside them are ignored. */
    public static List<PooledPeriod> series(Collection<OrganisationDay> days, Interval interval, LocalDate from, LocalDate to) {
        LocalDate first = interval.firstPeriodFrom(from);
        LocalDate last = interval.lastPeriodUpTo(to);
        int size = Math.max(0, interval.periodsBetween(first, last) + 1);
        List<Map<Long, Long>> parts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parts.add(new HashMap<>());
        }
        for (OrganisationDay day : days) {
            int index = interval.periodsBetween(first, interval.periodOf(day.day()));
            if (index >= 0 && index < size && day.entries() > 0) {
                parts.get(index).merge(day.organisation(), day.entries(), Math::addExact);
            }
        }
        List<PooledPeriod> periods = new ArrayList<>(size);
        LocalDate period = first;
        for (int i = 0; i < size; i++) {
            long total = parts.get(i).values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
            periods.add(new PooledPeriod(period, total, parts.get(i)));
            period = interval.next(period);
        }
        return periods;
    }

    /**
     * The pooled days as the detectors read a series: one {@link LoggedEntry} per day with
     * entries, all organisations added up (people are not pooled: the count stands for both).
     */
    public static List<LoggedEntry> daily(Collection<OrganisationDay> days) {
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (OrganisationDay day : days) {
            if (day.entries() > 0) {
                byDay.merge(day.day(), day.entries(), Math::addExact);
            }
        }
        return byDay.entrySet().stream()
                .map(e -> {
                    int n = (int) Math.min(Integer.MAX_VALUE, e.getValue());
                    return new LoggedEntry(e.getKey(), n, n);
                })
                .toList();
    }
}
