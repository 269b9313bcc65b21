package org.ecdp.housing.evaluation.control;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BaselineScore;
import org.ecdp.housing.evaluation.entity.BaselineTable;

/** Builds the baseline table by arm from every randomised participant's baseline. */
public final class BaselineTables {

    /** One randomised participant: arm, scheme, band (or null) and baseline score per instrument. */
    public record Row(Arm arm, String scheme, String band, Map<String, Double> baselines) {
    }

    private BaselineTables() {
    }

    /**
     * @param instruments the programme's instruments, in its order
     * @param schemes the programme's schemes, in its order (every one gets a row, even if empty)
     * @param bandLabels band codes and labels, in order; empty when the programme has no bands
     */
    public static BaselineTable of(List<Row> rows, List<String> instruments, List<String> schemes, Map<String, String> bandLabels) {
        Map<String, Map<Arm, BaselineScore>> scores = new LinkedHashMap<>();
        for (String instrument : instruments) {
            Map<Arm, BaselineScore> perArm = new EnumMap<>(Arm.class);
            for (Arm arm : Arm.values()) {
                SummaryStatistics stats = new SummaryStatistics();
                rows.stream().filter(r -> r.arm() == arm && r.baselines().get(instrument) != null)
                        .forEach(r -> stats.addValue(r.baselines().get(instrument)));
                perArm.put(arm, new BaselineScore((int) stats.getN(), stats.getN() == 0 ? Double.NaN : stats.getMean(),
                        stats.getN() < 2 ? Double.NaN : stats.getStandardDeviation()));
            }
            scores.put(instrument, perArm);
        }
        Map<String, Map<Arm, Integer>> byScheme = new LinkedHashMap<>();
        schemes.forEach(s -> byScheme.put(s, ContinuousOutcomeComparison.zeroPerArm()));
        Map<String, Map<Arm, Integer>> byBand = new LinkedHashMap<>();
        bandLabels.keySet().forEach(b -> byBand.put(b, ContinuousOutcomeComparison.zeroPerArm()));
        for (Row r : rows) {
            byScheme.computeIfAbsent(r.scheme(), s -> ContinuousOutcomeComparison.zeroPerArm()).merge(r.arm(), 1, Integer::sum);
            if (!bandLabels.isEmpty() && r.band() != null) {
                byBand.computeIfAbsent(r.band(), b -> ContinuousOutcomeComparison.zeroPerArm()).merge(r.arm(), 1, Integer::sum);
            }
        }
        return new BaselineTable(scores, byScheme, byBand, bandLabels);
    }
}
