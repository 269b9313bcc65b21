package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * The share of each arm's analysed participants whose change reached the instrument's minimal
 * important change (in the direction that means better), and the COACHED minus CONTROL risk
 * difference with its Wald 95% CI.
 */
public record MinimalImportantChangeComparison(double minimalImportantChange, Map<Arm, Proportion> reached,
                                               RiskDifference riskDifference) implements Serializable {

    public MinimalImportantChangeComparison {
        reached = Map.copyOf(reached);
    }
}
