package org.ecdp.web.api.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.entity.CountRelation;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.network.entity.PooledDetection;
import org.ecdp.logging.network.entity.PooledDetections;
import org.ecdp.logging.network.entity.PooledPeriod;
import org.ecdp.logging.trend.entity.Interval;

/**
 * The network's pooled counts as anyone may see them, by the portal's one small-cell rule
 * ({@link PublicationSuppression}): a count of 1 to 9 reads "&lt;10". A pooled count is a total
 * whose parts are the organisations' own counts, and every organisation knows its own part: so each
 * period is a published total tied to what the rest of the network logged as seen by each
 * contributing organisation ({@link CountRelation}, total and "rest of the network"). When that rest
 * is small the total is hidden too, or an officer could subtract their own count and learn another
 * organisation's few entries. A period with no entries anywhere reads 0: there is nothing to hide.
 * Working days are also tied to their week's total ({@link #shown(PooledDetections)}); nothing
 * else on the answers or the page adds periods up.
 */
public final class PooledPublication {

    private PooledPublication() {
    }

    /** Each period's pooled count as shown, in the order given. */
    public static List<ShownCount> shown(List<PooledPeriod> periods) {
        return shown(periods, List.of());
    }

    /**
     * The judged periods' counts as shown. Working days are weighed with the whole weeks they fall
     * in, each week's total (which the weekly series shows) tied to its days: a hidden day is then
     * never the only hidden one of its week, so it cannot be worked out by subtraction. A day with
     * no entries reads 0 and is left out of the sums (it is known to be 0). Weekend entries count
     * on the Monday after, so a week and its days may differ by them: the tie is taken as exact,
     * which can only hide more.
     */
    public static List<ShownCount> shown(PooledDetections detections) {
        List<PooledPeriod> judged = detections.periods().stream().map(PooledDetection::pooled).toList();
        if (detections.days().isEmpty()) {
            return shown(judged);
        }
        List<ShownCount> days = shown(detections.days(), detections.weeks());
        Map<LocalDate, ShownCount> byDay = new java.util.HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            byDay.put(detections.days().get(i).period(), days.get(i));
        }
        return judged.stream().map(p -> byDay.get(p.period())).toList();
    }

    /** {@code periods} as shown, weighed with the weeks that tie them (none: each period stands alone). */
    private static List<ShownCount> shown(List<PooledPeriod> periods, List<PooledPeriod> weeks) {
        Map<String, Long> cells = new LinkedHashMap<>();
        List<CountRelation> relations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            add("p" + i, periods.get(i), cells, relations);
        }
        for (int w = 0; w < weeks.size(); w++) {
            PooledPeriod week = weeks.get(w);
            add("w" + w, week, cells, relations);
            List<String> days = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                PooledPeriod day = periods.get(i);
                if (day.entries() > 0 && Interval.WEEK.periodOf(day.period()).equals(week.period())) {
                    days.add("p" + i);
                }
            }
            if (week.entries() > 0 && !days.isEmpty()) {
                relations.add(new CountRelation("w" + w, days));
            }
        }
        Set<String> hidden = PublicationSuppression.suppress(cells, relations);
        List<ShownCount> shown = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            long entries = periods.get(i).entries();
            shown.add(entries == 0 ? ShownCount.shown(0)
                    : hidden.contains("p" + i) ? ShownCount.HIDDEN : ShownCount.shown(Math.toIntExact(entries)));
        }
        return shown;
    }

    /** A pooled count as a cell, tied to what the rest of the network logged as each contributor sees it. */
    private static void add(String total, PooledPeriod p, Map<String, Long> cells, List<CountRelation> relations) {
        cells.put(total, p.entries());
        for (Long organisation : p.byOrganisation().keySet()) {
            long rest = p.restOf(organisation);
            if (rest > 0) {
                String part = total + ".restOf" + organisation;
                cells.put(part, rest);
                relations.add(new CountRelation(total, List.of(part)));
            }
        }
    }
}
