package org.ecdp.housing.evaluation.entity;

import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * A yes/no outcome compared between arms by intention to treat: each arm's share among those
 * whose outcome is known, the risk difference (Wald CI) and the risk ratio (log-method CI).
 */
public record BinaryComparison(Map<Arm, Proportion> arms, RiskDifference riskDifference, RiskRatio riskRatio,
                               ConsortCounts consort) {

    public BinaryComparison {
        arms = Map.copyOf(arms);
    }

    public String toJson() {
        return new JsonObject()
                .raw("arms", JsonObject.perArm(arms, BinaryComparison::proportionJson))
                .raw("riskDifference", riskDifferenceJson(riskDifference))
                .raw("riskRatio", new JsonObject()
                        .number("ratio", riskRatio.ratio())
                        .interval("ci", riskRatio.ci()).toString())
                .raw("consort", Evaluation.consortJson(consort))
                .toString();
    }

    static String proportionJson(Proportion p) {
        return new JsonObject().count("events", p.events()).count("analysed", p.analysed())
                .number("share", p.share()).toString();
    }

    static String riskDifferenceJson(RiskDifference rd) {
        return new JsonObject().number("difference", rd.difference()).interval("ci", rd.ci()).toString();
    }
}
