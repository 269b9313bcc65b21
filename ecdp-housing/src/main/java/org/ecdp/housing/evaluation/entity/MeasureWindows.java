package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * For one instrument and follow-up, how many randomised participants per arm are in each
 * measure status (NOT_YET, DUE, LATE, MISSING, ON_TIME, OUT_OF_WINDOW, WITHDRAWN): every
 * participant in exactly one, so per arm they add up to the allocated count.
 */
public record MeasureWindows(Map<String, Map<Arm, Integer>> counts) implements Serializable {

    public MeasureWindows {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public int count(String status, Arm arm) {
        return counts.getOrDefault(status, Map.of()).getOrDefault(arm, 0);
    }

    public Map<String, Integer> cells() {
        Map<String, Integer> cells = new LinkedHashMap<>();
        counts.forEach((status, perArm) -> perArm.forEach((arm, n) -> cells.put("windows." + status + "." + arm, n)));
        return cells;
    }

    public List<CountRelation> relations(String allocatedPath) {
        List<CountRelation> relations = new ArrayList<>();
        for (Arm arm : Arm.values()) {
            relations.add(new CountRelation(allocatedPath + "." + arm, counts.keySet().stream().map(s -> "windows." + s + "." + arm).toList()));
        }
        return relations;
    }
}
