package org.ecdp.housing.evaluation.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * The evaluator's comparison of coached and control cohorts for one instrument at one
 * timepoint, exactly as {@code GET /api/housing/programmes/{id}/evaluation} returns it.
 */
public record Evaluation(Map<Arm, ArmSummary> arms, Ancova ancova, WelchTest welch, HedgesG hedgesG,
                         ConsortCounts consort) {

    public Evaluation {
        arms = Map.copyOf(arms);
    }

    public String toJson() {
        return toJson(Published.ALL, null, null);
    }

    /**
     * As the API returns it; with {@code published} hiding small cells, and with the baseline
     * table under {@code "baseline"} and the measure windows under {@code "windows"} when given
     * (additions to the API's shape).
     */
    public String toJson(Published published, BaselineTable baseline, MeasureWindows windows) {
        // the analyses of an arm too small to publish are withheld with its count: with one or two
        // tenants in an arm, the effect is close to a person's own change of score
        boolean small = java.util.Arrays.stream(Arm.values()).anyMatch(arm -> published.hides("arms." + arm + ".analysed"));
        JsonObject json = new JsonObject()
                .raw("arms", armsJson(published))
                .raw("ancova", new JsonObject()
                        .number("effect", ancova.effect(), small)
                        .number("se", ancova.se(), small)
                        .interval("ci", ancova.ci(), small)
                        .number("p", ancova.p(), small).toString())
                .raw("welch", new JsonObject()
                        .number("difference", welch.difference(), small)
                        .number("t", welch.t(), small)
                        .number("df", welch.df(), small)
                        .interval("ci", welch.ci(), small)
                        .number("p", welch.p(), small).toString())
                .raw("hedgesG", new JsonObject()
                        .number("g", hedgesG.g(), small)
                        .interval("ci", hedgesG.ci(), small).toString())
                .raw("consort", consortJson(consort, published));
        if (baseline != null) {
            json.raw("baseline", baseline.toJson(published));
        }
        if (windows != null) {
            json.raw("windows", windows.toJson(published));
        }
        if (published.isForPublication()) {
            json.raw("publication", "{\"suppressedUnder\":10,\"shownAs\":\"<10\"}");
        }
        return json.toString();
    }

    private String armsJson(Published published) {
        JsonObject json = new JsonObject();
        for (Arm arm : Arm.values()) {
            ArmSummary a = arms.get(arm);
            // a mean or SD of a group too small to publish is withheld with its count
            boolean small = a != null && published.hides("arms." + arm + ".analysed");
            json.raw(arm.name(), a == null ? "null" : new JsonObject()
                    .count("randomised", a.randomised(), "arms." + arm + ".randomised", published)
                    .count("analysed", a.analysed(), "arms." + arm + ".analysed", published)
                    .number("baselineMean", a.baselineMean(), small)
                    .number("followupMean", a.followupMean(), small)
                    .number("changeMean", a.changeMean(), small)
                    .number("changeSd", a.changeSd(), small).toString());
        }
        return json.toString();
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

    static String consortJson(ConsortCounts consort) {
        return consortJson(consort, Published.ALL);
    }

    static String consortJson(ConsortCounts consort, Published published) {
        return new JsonObject()
                .count("randomised", consort.randomised(), "consort.randomised", published)
                .raw("allocated", JsonObject.counts(consort.allocated(), "consort.allocated", published))
                .raw("withdrawn", JsonObject.counts(consort.withdrawn(), "consort.withdrawn", published))
                .raw("missing", JsonObject.counts(consort.missing(), "consort.missing", published))
                .raw("analysed", JsonObject.counts(consort.analysed(), "consort.analysed", published))
                .toString();
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
