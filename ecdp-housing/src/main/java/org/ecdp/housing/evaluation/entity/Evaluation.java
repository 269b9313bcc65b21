package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * The evaluator's comparison of coached and control cohorts for one instrument at one
 * timepoint, as computed (all counts, NaN where a statistic cannot be estimated); what a caller
 * sees of it is its {@link EvaluationReport}.
 */
public record Evaluation(Map<Arm, ArmSummary> arms, Ancova ancova, WelchTest welch, HedgesG hedgesG,
                         ConsortCounts consort) implements Serializable {

    public Evaluation {
        arms = Map.copyOf(arms);
    }

    /** Every count in the JSON, by path. */
    public Map<String, Integer> cells() {
        Map<String, Integer> cells = new java.util.LinkedHashMap<>();
        arms.forEach((arm, a) -> {
            cells.put("arms." + arm + ".randomised", a.randomised());
            cells.put("arms." + arm + ".analysed", a.analysed());
        });
        cells.putAll(consortCells(consort));
        return cells;
    }

    /** How the counts are tied: the CONSORT flow's, and the arms' counts are the flow's under other names. */
    public List<CountRelation> relations() {
        List<CountRelation> relations = new ArrayList<>(consortRelations());
        for (Arm arm : Arm.values()) {
            relations.add(CountRelation.same("arms." + arm + ".randomised", "consort.allocated." + arm));
            relations.add(CountRelation.same("arms." + arm + ".analysed", "consort.analysed." + arm));
        }
        return relations;
    }

    static Map<String, Integer> consortCells(ConsortCounts consort) {
        Map<String, Integer> cells = new java.util.LinkedHashMap<>();
        cells.put("consort.randomised", consort.randomised());
        for (Arm arm : Arm.values()) {
            cells.put("consort.allocated." + arm, consort.allocated().getOrDefault(arm, 0));
            cells.put("consort.withdrawn." + arm, consort.withdrawn().getOrDefault(arm, 0));
            cells.put("consort.missing." + arm, consort.missing().getOrDefault(arm, 0));
            cells.put("consort.analysed." + arm, consort.analysed().getOrDefault(arm, 0));
        }
        return cells;
    }

    /**
     * Randomised = allocated to each arm; in an arm, allocated is bounded by analysed + missing +
     * withdrawn (a withdrawn tenant may also be analysed), treated as a sum to be safe.
     */
    static List<CountRelation> consortRelations() {
        List<CountRelation> relations = new ArrayList<>();
        relations.add(new CountRelation("consort.randomised", List.of("consort.allocated.COACHED", "consort.allocated.CONTROL")));
        for (Arm arm : Arm.values()) {
            relations.add(new CountRelation("consort.allocated." + arm,
                    List.of("consort.analysed." + arm, "consort.missing." + arm, "consort.withdrawn." + arm)));
        }
        return relations;
    }
}
