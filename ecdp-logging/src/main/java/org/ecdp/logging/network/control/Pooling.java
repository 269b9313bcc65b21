package org.ecdp.logging.network.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecdp.logging.network.entity.OrganisationDay;
import org.ecdp.logging.network.entity.PooledDetection;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.control.Periods;
import org.ecdp.logging.trend.control.SpikeDetection;
import org.ecdp.logging.trend.entity.DetectionSettings;
import org.ecdp.logging.trend.entity.Interval;
import org.ecdp.logging.trend.entity.LoggedEntry;
import org.ecdp.logging.trend.entity.PeriodDetection;

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

    /**
     * Detection on the pool for the periods in [{@code from}, {@code to}], as one organisation's
     * ({@link SpikeDetection}), each judged period with the first period its figures read, and
     * the history the publication rule weighs ({@link PooledDetections}): from the ISO week of the
     * first period any judged one reads to the end of the last judged one's week.
     *
     * @param days the sharing organisations' day counts from {@link #firstDayRead} to {@link #lastDayRead}
     */
    public static PooledDetections detect(Collection<OrganisationDay> days, DetectionSettings settings, LocalDate from, LocalDate to) {
        List<PeriodDetection> detections = SpikeDetection.detect(daily(days), settings, from, to);
        if (detections.isEmpty()) {
            return new PooledDetections(List.of(), List.of(), List.of());
        }
        Interval interval = settings.interval();
        LocalDate weekStart = historyWeek(settings, detections.get(0).period());
        LocalDate weekEnd = Interval.WEEK.lastDayOf(Interval.WEEK.periodOf(detections.get(detections.size() - 1).period()));
        List<PooledPeriod> history = series(days, interval, weekStart, weekEnd);
        Map<LocalDate, PooledPeriod> byPeriod = new HashMap<>();
        history.forEach(p -> byPeriod.put(p.period(), p));
        List<PooledDetection> judged = detections.stream()
                .map(d -> new PooledDetection(d, byPeriod.get(d.period()), interval.periodOf(SpikeDetection.firstDayNeeded(settings, d.period()))))
                .toList();
        List<PooledPeriod> weeks = interval == Interval.WEEK ? List.of() : series(days, Interval.WEEK, weekStart, weekEnd);
        return new PooledDetections(judged, history, weeks);
    }

    /** The first day whose entries {@link #detect} over [{@code from}, …] weighs: history included, whole weeks. */
    public static LocalDate firstDayRead(DetectionSettings settings, LocalDate from) {
        return Periods.firstDayCounted(settings.interval(), historyWeek(settings, from));
    }

    /** The last day whose entries {@link #detect} over [… , {@code to}] weighs: to the end of the last period's ISO week. */
    public static LocalDate lastDayRead(DetectionSettings settings, LocalDate to) {
        return Interval.WEEK.lastDayOf(Interval.WEEK.periodOf(Periods.lastDayCounted(settings.interval(), to)));
    }

    /** The ISO week of the first period the detection of [{@code from}, …] reads. */
    private static LocalDate historyWeek(DetectionSettings settings, LocalDate from) {
        return Interval.WEEK.periodOf(SpikeDetection.firstDayNeeded(settings, from));
    }
}
