package org.ecdp.housing.evaluation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.CountRelation;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.MeasureWindows;
import org.ecdp.housing.evaluation.entity.Publication;
import org.ecdp.housing.evaluation.entity.Published;
import org.ecdp.housing.evaluation.entity.WithdrawalReasons;

/**
 * Small-cell suppression for summaries marked for publication. Primary: every count the
 * {@link Publication} rule calls small (under 10, zero included) is hidden and shown as "&lt;10". Secondary: wherever counts are
 * tied by a published sum ({@link CountRelation}: a total and the parts that add up to it, or may add
 * up to it), a hidden cell must never be the only hidden one, or it could be worked out by
 * subtraction; so the smallest visible part (or, if none is left, the total) is hidden too,
 * repeatedly, until no relation has exactly one hidden cell. Relations are applied
 * conservatively: parts that only bound the total are treated as if they summed to it.
 */
public final class PublicationSuppression {

    private PublicationSuppression() {
    }

    /** The names of the cells to hide; every name in a relation must be in {@code cells}. */
    public static Set<String> suppress(Map<String, ? extends Number> cells, List<CountRelation> relations) {
        for (CountRelation r : relations) {
            for (String cell : r.cells()) {
                if (!cells.containsKey(cell)) {
                    throw new IllegalArgumentException("relation names an unknown cell " + cell);
                }
            }
        }
        Set<String> hidden = new LinkedHashSet<>();
        cells.forEach((name, value) -> {
            if (Publication.isSmall(value.longValue())) {
                hidden.add(name);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CountRelation r : relations) {
                List<String> members = r.cells();
                if (members.stream().filter(hidden::contains).count() != 1) {
                    continue;
                }
                String next = r.parts().stream().filter(p -> !hidden.contains(p))
                        .min(Comparator.comparingLong((String p) -> cells.get(p).longValue()).thenComparing(p -> p))
                        .orElse(r.total());
                changed |= hidden.add(next);
            }
        }
        return hidden;
    }

    /** What to hide when the evaluation (and its baseline table, if given) is published. */
    public static Published forPublication(Evaluation evaluation, BaselineTable baseline, MeasureWindows windows) {
        return forPublication(evaluation, baseline, windows, null);
    }

    /**
     * The same with the withdrawal reasons (if given) published beside the flow: each arm's reasons
     * bound its "withdrew" count, so a hidden reason can no more be worked out than a hidden box.
     */
    public static Published forPublication(Evaluation evaluation, BaselineTable baseline, MeasureWindows windows,
                                           WithdrawalReasons reasons) {
        Map<String, Integer> cells = new java.util.LinkedHashMap<>(evaluation.cells());
        List<CountRelation> relations = new ArrayList<>(evaluation.relations());
        if (baseline != null) {
            cells.putAll(baseline.cells());
            relations.addAll(baseline.relations("consort.allocated"));
        }
        if (windows != null) {
            cells.putAll(windows.cells());
            relations.addAll(windows.relations("consort.allocated"));
        }
        if (reasons != null) {
            cells.putAll(reasons.cells());
            relations.addAll(reasons.relations("consort.withdrawn"));
        }
        return new Published(suppress(cells, relations));
    }

    /** What to hide when a yes/no comparison is published. */
    public static Published forPublication(BinaryComparison comparison) {
        return new Published(suppress(comparison.cells(), comparison.relations()));
    }
}
