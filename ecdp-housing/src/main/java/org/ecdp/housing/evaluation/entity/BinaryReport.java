package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Arrays;
import java.util.List;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * A yes/no comparison as its caller may see it, and the one value both the evaluation page and
 * {@code GET /api/housing/programmes/{id}/binary-evaluation} render. In the publication view a
 * share whose events or analysed count is hidden is withheld (null: it would give the count away),
 * and so are the risk difference and ratio with their CIs when any arm's count is hidden (with one
 * arm known they could be solved for the other).
 */
@JsonbPropertyOrder({"arms", "riskDifference", "riskRatio", "consort", "publication"})
public record BinaryReport(PerArm<Share> arms, @JsonbNillable RiskDifferenceShown riskDifference,
                           @JsonbNillable RiskRatioShown riskRatio, EvaluationReport.Consort consort, Publication publication) implements Serializable {

    /** An arm: how many reached the outcome of those whose outcome is known, and the share. */
    @JsonbNillable
    @JsonbPropertyOrder({"events", "analysed", "share"})
    public record Share(ShownCount events, ShownCount analysed, Double share) implements Serializable {

        /** Whether a count of this share is hidden, so the share is withheld. */
        @JsonbTransient
        public boolean isHidden() {
            return events.isHidden() || analysed.isHidden();
        }
    }

    /** {@link RiskDifference} as shown. */
    @JsonbNillable
    @JsonbPropertyOrder({"difference", "ci"})
    public record RiskDifferenceShown(Double difference, List<Double> ci) implements Serializable {
    }

    /** {@link RiskRatio} as shown. */
    @JsonbNillable
    @JsonbPropertyOrder({"ratio", "ci"})
    public record RiskRatioShown(Double ratio, List<Double> ci) implements Serializable {
    }

    public static BinaryReport of(BinaryComparison comparison, Published published) {
        PerArm<Share> arms = PerArm.of(arm -> {
            Proportion p = comparison.arms().get(arm);
            if (p == null) {
                return null;
            }
            ShownCount events = ShownCount.of(p.events(), "arms." + arm + ".events", published);
            ShownCount analysed = ShownCount.of(p.analysed(), "arms." + arm + ".analysed", published);
            return new Share(events, analysed, EvaluationReport.withheld(p.share(), events.isHidden() || analysed.isHidden()));
        });
        boolean anyHidden = Arrays.stream(Arm.values())
                .anyMatch(arm -> published.hides("arms." + arm + ".events") || published.hides("arms." + arm + ".analysed"));
        RiskDifference rd = comparison.riskDifference();
        RiskRatio rr = comparison.riskRatio();
        return new BinaryReport(arms,
                anyHidden ? null : new RiskDifferenceShown(EvaluationReport.number(rd.difference()), EvaluationReport.interval(rd.ci(), false)),
                anyHidden ? null : new RiskRatioShown(EvaluationReport.number(rr.ratio()), EvaluationReport.interval(rr.ci(), false)),
                EvaluationReport.Consort.of(comparison.consort(), published), published.isForPublication() ? Publication.RULE : null);
    }

    /** Whether the risk difference and ratio are withheld in the publication view. */
    @JsonbTransient
    public boolean isEstimatesWithheld() {
        return riskDifference == null;
    }
}
