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
        return toJson(Published.ALL);
    }

    /**
     * With {@code published} hiding small cells. A share whose events or analysed count is hidden
     * is null (it would give the count away), and so are the risk difference and ratio with
     * their CIs when any arm's count is hidden (with one arm known they could be solved for it).
     */
    public String toJson(Published published) {
        JsonObject armsJson = new JsonObject();
        boolean anyHidden = false;
        for (Arm arm : Arm.values()) {
            Proportion p = arms.get(arm);
            String events = "arms." + arm + ".events";
            String analysed = "arms." + arm + ".analysed";
            boolean hidden = published.hides(events) || published.hides(analysed);
            anyHidden |= hidden;
            armsJson.raw(arm.name(), p == null ? "null" : new JsonObject().count("events", p.events(), events, published)
                    .count("analysed", p.analysed(), analysed, published).number("share", p.share(), hidden).toString());
        }
        JsonObject json = new JsonObject()
                .raw("arms", armsJson.toString())
                .raw("riskDifference", anyHidden ? "null" : riskDifferenceJson(riskDifference))
                .raw("riskRatio", anyHidden ? "null" : new JsonObject()
                        .number("ratio", riskRatio.ratio())
                        .interval("ci", riskRatio.ci()).toString())
                .raw("consort", Evaluation.consortJson(consort, published));
        if (published.isForPublication()) {
            json.raw("publication", "{\"suppressedUnder\":10,\"shownAs\":\"<10\"}");
        }
        return json.toString();
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

    static String proportionJson(Proportion p) {
        return new JsonObject().count("events", p.events()).count("analysed", p.analysed())
                .number("share", p.share()).toString();
    }

    static String riskDifferenceJson(RiskDifference rd) {
        return new JsonObject().number("difference", rd.difference()).interval("ci", rd.ci()).toString();
    }
}
