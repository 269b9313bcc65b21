package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * A yes/no outcome compared between arms by intention to treat: each arm's share among those
 * whose outcome is known, the risk difference (Wald CI) and the risk ratio (log-method CI).
 */
public record BinaryComparison(Map<Arm, Proportion> arms, RiskDifference riskDifference, RiskRatio riskRatio,
                               ConsortCounts consort) implements Serializable {

    public BinaryComparison {
        arms = Map.copyOf(arms);
    }

    /** Every count in the JSON, by path. */
    public Map<String, Integer> cells() {
        Map<String, Integer> cells = new java.util.LinkedHashMap<>();
        arms.forEach((arm, p) -> {
            cells.put("arms." + arm + ".events", p.events());
            cells.put("arms." + arm + ".analysed", p.analysed());
        });
        cells.putAll(Evaluation.consortCells(consort));
        return cells;
    }

    /** The flow's relations; an arm's analysed is its flow count, and its events are part of it. */
    public java.util.List<CountRelation> relations() {
        java.util.List<CountRelation> relations = new java.util.ArrayList<>(Evaluation.consortRelations());
        for (Arm arm : Arm.values()) {
            relations.add(CountRelation.same("arms." + arm + ".analysed", "consort.analysed." + arm));
        }
        return relations;
    }
}
