package org.ecdp.housing.evaluation.entity;

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
        return new JsonObject()
                .raw("arms", JsonObject.perArm(arms, a -> new JsonObject()
                        .count("randomised", a.randomised())
                        .count("analysed", a.analysed())
                        .number("baselineMean", a.baselineMean())
                        .number("followupMean", a.followupMean())
                        .number("changeMean", a.changeMean())
                        .number("changeSd", a.changeSd()).toString()))
                .raw("ancova", new JsonObject()
                        .number("effect", ancova.effect())
                        .number("se", ancova.se())
                        .interval("ci", ancova.ci())
                        .number("p", ancova.p()).toString())
                .raw("welch", new JsonObject()
                        .number("difference", welch.difference())
                        .number("t", welch.t())
                        .number("df", welch.df())
                        .interval("ci", welch.ci())
                        .number("p", welch.p()).toString())
                .raw("hedgesG", new JsonObject()
                        .number("g", hedgesG.g())
                        .interval("ci", hedgesG.ci()).toString())
                .raw("consort", consortJson(consort))
                .toString();
    }

    static String consortJson(ConsortCounts consort) {
        return new JsonObject()
                .count("randomised", consort.randomised())
                .raw("allocated", JsonObject.counts(consort.allocated()))
                .raw("withdrawn", JsonObject.counts(consort.withdrawn()))
                .raw("missing", JsonObject.counts(consort.missing()))
                .raw("analysed", JsonObject.counts(consort.analysed()))
                .toString();
    }
}
