package org.ecdp.web.api.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Working days are also tied to their week's total ({@link #published}); nothing else on the
 * answers or the page adds periods up, and each period is judged with its own week only, so the
 * same period reads the same whatever range is asked for.
 *
 * <p>Detection's figures (expected, threshold, alarm) are computed from counts: a period's own, for
 * the alarm, and those of the periods before it that the method reads (EARS's baseline days,
 * Farrington's reference weeks), for all three. Anyone can recompute them from the counts that
 * show, so the figures reveal nothing more exactly when every count they are computed from shows;
 * otherwise they are withheld. A hidden period's threshold with its alarm would bound its count,
 * and a shown period's expected (a mean over its baseline) would give a hidden baseline day away by
 * subtraction.
 */
public final class PooledPublication {

    private PooledPublication() {
    }

    /** Each period's pooled count as shown, in the order given. */
    public static List<ShownCount> shown(List<PooledPeriod> periods) {
        return shown(periods, List.of());
    }

    /**
     * The judged periods as they may be published. Working days are weighed with the whole weeks
     * they fall in, each week's total (which the weekly series shows) tied to its days: a hidden day
     * is then never the only hidden one of its week, so it cannot be worked out by subtraction. A day
     * with no entries reads 0 and is left out of the sums (it is known to be 0). Weekend entries
     * count on the Monday after, so a week and its days may differ by them: the tie is taken as
     * exact, which can only hide more. A period's figures are withheld when its own count or any
     * count its detection reads ({@link PooledDetection#readsFrom()} onwards) is hidden.
     */
    public static List<PublishedDetection> published(PooledDetections detections) {
        List<PooledPeriod> history = detections.history();
        List<ShownCount> shown = shown(history, detections.weeks());
        Map<LocalDate, Integer> index = new HashMap<>();
        int[] hiddenBefore = new int[history.size() + 1];
        for (int i = 0; i < history.size(); i++) {
            index.put(history.get(i).period(), i);
            hiddenBefore[i + 1] = hiddenBefore[i] + (shown.get(i).isHidden() ? 1 : 0);
        }
        List<PublishedDetection> published = new ArrayList<>(detections.periods().size());
        for (PooledDetection d : detections.periods()) {
            int at = index.get(d.detection().period());
            Integer first = index.get(d.readsFrom());
            boolean allShown = first != null && hiddenBefore[at + 1] == hiddenBefore[first];
            published.add(new PublishedDetection(d.detection().period(), shown.get(at), d.pooled().organisations(),
                    allShown ? d.detection() : null));
        }
        return published;
    }

    /** {@code periods} as shown, weighed with the weeks that tie them (none: each period stands alone). */
    private static List<ShownCount> shown(List<PooledPeriod> periods, List<PooledPeriod> weeks) {
        Map<String, Long> cells = new LinkedHashMap<>();
        List<CountRelation> relations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            add(cell(periods.get(i)), periods.get(i), cells, relations);
        }
        for (int w = 0; w < weeks.size(); w++) {
            PooledPeriod week = weeks.get(w);
            String total = "week " + week.period();
            add(total, week, cells, relations);
            List<String> days = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                PooledPeriod day = periods.get(i);
                if (day.entries() > 0 && Interval.WEEK.periodOf(day.period()).equals(week.period())) {
                    days.add(cell(day));
                }
            }
            if (week.entries() > 0 && !days.isEmpty()) {
                relations.add(new CountRelation(total, days));
            }
        }
        Set<String> hidden = PublicationSuppression.suppress(cells, relations);
        List<ShownCount> shown = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            long entries = periods.get(i).entries();
            shown.add(entries == 0 ? ShownCount.shown(0)
                    : hidden.contains(cell(periods.get(i))) ? ShownCount.HIDDEN : ShownCount.shown(Math.toIntExact(entries)));
        }
        return shown;
    }

    /** A period's cell, named by its date: the same name (and so the same tie-breaks) whatever the range. */
    private static String cell(PooledPeriod period) {
        return period.period().toString();
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
