package org.ecdp.web.api.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecdp.housing.evaluation.control.PublicationSuppression;
import org.ecdp.housing.evaluation.entity.CountRelation;
import org.ecdp.housing.evaluation.entity.ShownCount;
import org.ecdp.logging.network.entity.PooledPeriod;

/**
 * The network's pooled counts as anyone may see them, by the portal's one small-cell rule
 * ({@link PublicationSuppression}): a count of 1 to 9 reads "&lt;10". A pooled count is a total
 * whose parts are the organisations' own counts, and every organisation knows its own part: so each
 * period is a published total tied to what the rest of the network logged as seen by each
 * contributing organisation ({@link CountRelation}, total and "rest of the network"). When that rest
 * is small the total is hidden too, or an officer could subtract their own count and learn another
 * organisation's few entries. A period with no entries anywhere reads 0: there is nothing to hide.
 * Nothing else on the answer or the page adds periods up, so no further relation ties them.
 */
public final class PooledPublication {

    private PooledPublication() {
    }

    /** Each period's pooled count as shown, in the order given. */
    public static List<ShownCount> shown(List<PooledPeriod> periods) {
        Map<String, Long> cells = new LinkedHashMap<>();
        List<CountRelation> relations = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            PooledPeriod p = periods.get(i);
            String total = "p" + i;
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
        Set<String> hidden = PublicationSuppression.suppress(cells, relations);
        List<ShownCount> shown = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            long entries = periods.get(i).entries();
            shown.add(entries == 0 ? ShownCount.shown(0)
                    : hidden.contains("p" + i) ? ShownCount.HIDDEN : ShownCount.shown(Math.toIntExact(entries)));
        }
        return shown;
    }
}
