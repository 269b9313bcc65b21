package org.ecdp.mentoring.dashboard.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The coordinator's dashboard in plain numbers: the waiting list in bands of days waiting, the
 * time from referral to match by month (median and 90th percentile), and volunteer utilisation.
 * Percentiles are Commons Math's {@link Percentile} with {@link EstimationType#R_7}: linear
 * interpolation between closest ranks, as R's default type 7 and Excel's PERCENTILE.INC (so the
 * median of 10, 20, 30, 40 days is 25, and the 90th percentile of 1..10 is 9.1).
 */
public final class DashboardFigures {

    public static final EstimationType ESTIMATION = EstimationType.R_7;

    /** Lower bounds of the bands of days waiting: 0-13, 14-27, 28-55, 56 and over. */
    private static final int[] BAND_STARTS = {0, 14, 28, 56};

    public record Waiting(long requestId, String ref, LocalDate referredOn) implements Serializable {

        /** Whole days waited by {@code today}, never negative. */
        public long daysWaiting(LocalDate today) {
            return DashboardFigures.daysWaiting(referredOn, today);
        }
    }

    public record Band(String label, int fromDays, Integer toDays, List<Waiting> people) implements Serializable {
        public int count() {
            return people.size();
        }
    }

    /** A person matched: referred on a day, first matched (proposed, not declined) on another. */
    public record Matched(LocalDate referredOn, LocalDate matchedOn) {
        public long days() {
            return Math.max(0, ChronoUnit.DAYS.between(referredOn, matchedOn));
        }
    }

    public record MonthFigures(YearMonth month, int matched, double medianDays, double p90Days) implements Serializable {
    }

    public record Load(long volunteerId, String volunteer, int used, int capacity) implements Serializable {
        public double share() {
            return capacity == 0 ? 0 : (double) used / capacity;
        }
    }

    public record Utilisation(List<Load> volunteers, int used, int capacity) implements Serializable {
        public double share() {
            return capacity == 0 ? 0 : (double) used / capacity;
        }
    }

    private DashboardFigures() {
    }

    public static long daysWaiting(LocalDate referredOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(referredOn, today));
    }

    /** Everyone waiting in the bands of {@link #BAND_STARTS}, longest waiting first within each band; empty bands are kept. */
    public static List<Band> bands(List<Waiting> waiting, LocalDate today) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < BAND_STARTS.length; i++) {
            int from = BAND_STARTS[i];
            Integer to = i + 1 < BAND_STARTS.length ? BAND_STARTS[i + 1] - 1 : null;
            List<Waiting> in = waiting.stream().filter(w -> {
                long d = daysWaiting(w.referredOn(), today);
                return d >= from && (to == null || d <= to);
            }).sorted(Comparator.comparing(Waiting::referredOn).thenComparing(Waiting::requestId)).toList();
            bands.add(new Band(to == null ? from + " days or more" : from + " to " + to + " days", from, to, in));
        }
        return bands;
    }

    /** Median and 90th percentile of days from referral to match, by the month of the match, oldest month first. */
    public static List<MonthFigures> timeToMatch(List<Matched> matched) {
        Map<YearMonth, List<Matched>> byMonth = new TreeMap<>();
        for (Matched m : matched) {
            byMonth.computeIfAbsent(YearMonth.from(m.matchedOn()), k -> new ArrayList<>()).add(m);
        }
        List<MonthFigures> figures = new ArrayList<>();
        byMonth.forEach((month, list) -> {
            double[] days = list.stream().mapToDouble(Matched::days).toArray();
            figures.add(new MonthFigures(month, days.length, percentile(days, 50), percentile(days, 90)));
        });
        return figures;
    }

    public static double percentile(double[] values, double p) {
        return new Percentile(p).withEstimationType(ESTIMATION).evaluate(values);
    }

    /** Places used of capacity per volunteer (busiest first) and overall. */
    public static Utilisation utilisation(List<Load> loads) {
        List<Load> sorted = loads.stream().sorted(Comparator.comparingDouble(Load::share).reversed().thenComparing(Load::volunteer)).toList();
        return new Utilisation(sorted, loads.stream().mapToInt(Load::used).sum(), loads.stream().mapToInt(Load::capacity).sum());
    }
}
