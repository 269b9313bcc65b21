package org.ecdp.housing.evaluation.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.ConsortCounts;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.evaluation.entity.RiskDifference;
import org.ecdp.housing.evaluation.entity.RiskRatio;

/**
 * Compares a yes/no outcome between arms by intention to treat (allocated arm, analysed where the
 * outcome is known). Methods, as statsmodels' {@code confint_proportions_2indep}:
 * <ul>
 * <li>risk difference p1 − p2 (COACHED minus CONTROL), Wald 95% CI
 * ± z·sqrt(p1(1−p1)/n1 + p2(1−p2)/n2), not clipped to [−1, 1];</li>
 * <li>risk ratio p1 / p2, log-method 95% CI exp(ln RR ± z·sqrt(1/a − 1/n1 + 1/c − 1/n2)) with
 * a, c the events; undefined (null) when either arm has no events, since no continuity
 * correction is applied.</li>
 * </ul>
 */
public final class BinaryOutcomeComparison {

    private BinaryOutcomeComparison() {
    }

    public static BinaryComparison compare(List<BinaryOutcome> participants) {
        Map<Arm, Integer> allocated = ContinuousOutcomeComparison.zeroPerArm();
        Map<Arm, Integer> withdrawn = ContinuousOutcomeComparison.zeroPerArm();
        Map<Arm, Integer> missing = ContinuousOutcomeComparison.zeroPerArm();
        Map<Arm, Integer> analysed = ContinuousOutcomeComparison.zeroPerArm();
        Map<Arm, Integer> events = ContinuousOutcomeComparison.zeroPerArm();
        for (BinaryOutcome p : participants) {
            allocated.merge(p.arm(), 1, Integer::sum);
            if (p.withdrawn()) {
                withdrawn.merge(p.arm(), 1, Integer::sum);
            }
            if (p.isKnown()) {
                analysed.merge(p.arm(), 1, Integer::sum);
                events.merge(p.arm(), p.achieved() ? 1 : 0, Integer::sum);
            } else if (!p.withdrawn()) {
                missing.merge(p.arm(), 1, Integer::sum);
            }
        }
        Map<Arm, Proportion> arms = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            arms.put(arm, Proportion.of(events.get(arm), analysed.get(arm)));
        }
        Proportion coached = arms.get(Arm.COACHED);
        Proportion control = arms.get(Arm.CONTROL);
        return new BinaryComparison(arms, riskDifference(coached, control), riskRatio(coached, control),
                new ConsortCounts(participants.size(), allocated, withdrawn, missing, analysed));
    }

    static RiskDifference riskDifference(Proportion coached, Proportion control) {
        if (coached.analysed() == 0 || control.analysed() == 0) {
            return new RiskDifference(Double.NaN, ConfidenceInterval.UNDEFINED);
        }
        double p1 = coached.share();
        double p2 = control.share();
        double margin = Distributions.Z_975
                * Math.sqrt(p1 * (1 - p1) / coached.analysed() + p2 * (1 - p2) / control.analysed());
        return new RiskDifference(p1 - p2, new ConfidenceInterval(p1 - p2 - margin, p1 - p2 + margin));
    }

    static RiskRatio riskRatio(Proportion coached, Proportion control) {
        if (coached.analysed() == 0 || control.analysed() == 0 || control.events() == 0) {
            return new RiskRatio(Double.NaN, ConfidenceInterval.UNDEFINED);
        }
        double ratio = coached.share() / control.share();
        if (coached.events() == 0) {
            return new RiskRatio(ratio, ConfidenceInterval.UNDEFINED);
        }
        double se = Math.sqrt(1.0 / coached.events() - 1.0 / coached.analysed()
                + 1.0 / control.events() - 1.0 / control.analysed());
        double log = Math.log(ratio);
        return new RiskRatio(ratio, new ConfidenceInterval(Math.exp(log - Distributions.Z_975 * se),
                Math.exp(log + Distributions.Z_975 * se)));
    }
}
