package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * The trial's "Table 1": every randomised participant's baseline, by allocated arm. Per
 * instrument n, mean and SD of the baseline score; counts by scheme and, when the programme
 * has baseline bands, by band. Maps keep the order given (schemes and bands as the programme
 * lists them).
 */
public record BaselineTable(Map<String, Map<Arm, BaselineScore>> scores, Map<String, Map<Arm, Integer>> schemes,
                            Map<String, Map<Arm, Integer>> bands, Map<String, String> bandLabels) implements Serializable {

    public BaselineTable {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        schemes = Collections.unmodifiableMap(new LinkedHashMap<>(schemes));
        bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
        bandLabels = Collections.unmodifiableMap(new LinkedHashMap<>(bandLabels));
    }

    /** Every count, by JSON path. */
    public Map<String, Integer> cells() {
        Map<String, Integer> cells = new LinkedHashMap<>();
        scores.forEach((i, perArm) -> perArm.forEach((arm, s) -> cells.put("baseline.scores." + i + "." + arm + ".n", s.n())));
        schemes.forEach((scheme, counts) -> counts.forEach((arm, n) -> cells.put("baseline.schemes." + scheme + "." + arm, n)));
        bands.forEach((band, counts) -> counts.forEach((arm, n) -> cells.put("baseline.bands." + band + "." + arm, n)));
        return cells;
    }

    /** Per arm, the schemes (and the bands) add up to the arm's allocated count; n with a baseline is at most that. */
    public List<CountRelation> relations(String allocatedPath) {
        List<CountRelation> relations = new ArrayList<>();
        for (Arm arm : Arm.values()) {
            String total = allocatedPath + "." + arm;
            relations.add(new CountRelation(total, schemes.keySet().stream().map(s -> "baseline.schemes." + s + "." + arm).toList()));
            if (!bands.isEmpty()) {
                relations.add(new CountRelation(total, bands.keySet().stream().map(b -> "baseline.bands." + b + "." + arm).toList()));
            }
            scores.keySet().forEach(i -> relations.add(CountRelation.same(total, "baseline.scores." + i + "." + arm + ".n")));
        }
        return relations;
    }
}
