package org.ecdp.housing.evaluation.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.Ancova;
import org.ecdp.housing.evaluation.entity.ArmSummary;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.ConsortCounts;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.HedgesG;
import org.ecdp.housing.evaluation.entity.MinimalImportantChangeComparison;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.evaluation.entity.Proportion;
import org.ecdp.housing.evaluation.entity.WelchTest;

/**
 * Compares coached and control cohorts on a scored instrument at one timepoint, as a trial
 * statistician would, by intention to treat: every randomised participant counts in the arm
 * they were allocated to and is analysed where a follow-up score exists (no imputation).
 *
 * <ul>
 * <li>ANCOVA (primary): OLS of follow-up on arm (COACHED = 1) and baseline, t-based 95% CI,
 * two-sided p; needs at least 4 analysed, both arms and varying baselines.</li>
 * <li>Welch's test on change scores, COACHED minus CONTROL, Welch–Satterthwaite df.</li>
 * <li>Hedges' g on change scores with the approximate SE of API.md and a ±1.96 interval.</li>
 * </ul>
 * A statistic that cannot be estimated from the data (too few people, no spread) is NaN, and
 * {@code null} in JSON. Results agree with statsmodels / SciPy to 1e-9 (golden fixtures).
 */
public final class ContinuousOutcomeComparison {

    private ContinuousOutcomeComparison() {
    }

    public static Evaluation evaluate(List<ParticipantOutcome> participants) {
        ArmScores coached = ArmScores.of(participants, Arm.COACHED);
        ArmScores control = ArmScores.of(participants, Arm.CONTROL);
        return new Evaluation(
                Map.of(Arm.COACHED, coached.summary(), Arm.CONTROL, control.summary()),
                ancova(participants, coached.analysed() + control.analysed()),
                welch(coached, control),
                hedgesG(coached, control),
                consort(participants));
    }

    /**
     * Who reached the minimal important change: a change of at least {@code minimalImportantChange}
     * points upwards when a higher score is better, downwards otherwise.
     */
    public static MinimalImportantChangeComparison reachingMinimalImportantChange(
            List<ParticipantOutcome> participants, double minimalImportantChange, boolean higherIsBetter) {
        if (!(minimalImportantChange > 0)) {
            throw new IllegalArgumentException("a minimal important change is a positive number of points");
        }
        Map<Arm, Proportion> reached = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            int events = 0;
            int analysed = 0;
            for (ParticipantOutcome p : participants) {
                if (p.arm() == arm && p.hasFollowUp()) {
                    analysed++;
                    double improvement = higherIsBetter ? p.change() : -p.change();
                    events += improvement >= minimalImportantChange ? 1 : 0;
                }
            }
            reached.put(arm, Proportion.of(events, analysed));
        }
        return new MinimalImportantChangeComparison(minimalImportantChange, reached,
                BinaryOutcomeComparison.riskDifference(reached.get(Arm.COACHED), reached.get(Arm.CONTROL)));
    }

    private static Ancova ancova(List<ParticipantOutcome> participants, int analysed) {
        if (analysed < 4) {
            return Ancova.UNDEFINED;
        }
        double[] followUp = new double[analysed];
        double[][] armAndBaseline = new double[analysed][];
        int i = 0;
        for (ParticipantOutcome p : participants) {
            if (p.hasFollowUp()) {
                followUp[i] = p.followUp();
                armAndBaseline[i++] = new double[] {p.arm() == Arm.COACHED ? 1 : 0, p.baseline()};
            }
        }
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(1e-12);
            ols.newSampleData(followUp, armAndBaseline);
            double effect = ols.estimateRegressionParameters()[1];
            double se = ols.estimateRegressionParametersStandardErrors()[1];
            double df = analysed - 3;
            double margin = Distributions.tQuantile975(df) * se;
            return new Ancova(effect, se, new ConfidenceInterval(effect - margin, effect + margin),
                    Distributions.twoSidedP(effect / se, df));
        } catch (MathIllegalArgumentException noEstimate) {
            return Ancova.UNDEFINED;
        }
    }

    private static WelchTest welch(ArmScores coached, ArmScores control) {
        int n1 = coached.analysed();
        int n2 = control.analysed();
        if (n1 < 2 || n2 < 2) {
            return WelchTest.UNDEFINED;
        }
        double share1 = coached.changeVariance() / n1;
        double share2 = control.changeVariance() / n2;
        double se = Math.sqrt(share1 + share2);
        if (!(se > 0)) {
            return WelchTest.UNDEFINED;
        }
        double difference = coached.changeMean() - control.changeMean();
        double t = difference / se;
        double df = (share1 + share2) * (share1 + share2)
                / (share1 * share1 / (n1 - 1) + share2 * share2 / (n2 - 1));
        double margin = Distributions.tQuantile975(df) * se;
        return new WelchTest(difference, t, df, new ConfidenceInterval(difference - margin, difference + margin),
                Distributions.twoSidedP(t, df));
    }

    private static HedgesG hedgesG(ArmScores coached, ArmScores control) {
        int n1 = coached.analysed();
        int n2 = control.analysed();
        if (n1 < 2 || n2 < 2) {
            return HedgesG.UNDEFINED;
        }
        double pooledSd = Math.sqrt(((n1 - 1) * coached.changeVariance() + (n2 - 1) * control.changeVariance())
                / (n1 + n2 - 2));
        if (!(pooledSd > 0)) {
            return HedgesG.UNDEFINED;
        }
        double j = 1 - 3.0 / (4.0 * (n1 + n2) - 9);
        double g = j * (coached.changeMean() - control.changeMean()) / pooledSd;
        double se = Math.sqrt((double) (n1 + n2) / ((double) n1 * n2) + g * g / (2.0 * (n1 + n2)));
        return new HedgesG(g, new ConfidenceInterval(g - 1.96 * se, g + 1.96 * se));
    }

    private static ConsortCounts consort(List<ParticipantOutcome> participants) {
        Map<Arm, Integer> allocated = zeroPerArm();
        Map<Arm, Integer> withdrawn = zeroPerArm();
        Map<Arm, Integer> missing = zeroPerArm();
        Map<Arm, Integer> analysed = zeroPerArm();
        for (ParticipantOutcome p : participants) {
            allocated.merge(p.arm(), 1, Integer::sum);
            if (p.withdrawn()) {
                withdrawn.merge(p.arm(), 1, Integer::sum);
            }
            if (p.hasFollowUp()) {
                analysed.merge(p.arm(), 1, Integer::sum);
            } else if (!p.withdrawn()) {
                missing.merge(p.arm(), 1, Integer::sum);
            }
        }
        return new ConsortCounts(participants.size(), allocated, withdrawn, missing, analysed);
    }

    static Map<Arm, Integer> zeroPerArm() {
        Map<Arm, Integer> counts = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            counts.put(arm, 0);
        }
        return counts;
    }

    /** One arm's analysed scores, gathered in one pass. */
    private record ArmScores(int randomised, double[] baseline, double[] followUp, double[] change) {

        static ArmScores of(List<ParticipantOutcome> participants, Arm arm) {
            int randomised = 0;
            int analysed = 0;
            for (ParticipantOutcome p : participants) {
                if (p.arm() == arm) {
                    randomised++;
                    analysed += p.hasFollowUp() ? 1 : 0;
                }
            }
            double[] baseline = new double[analysed];
            double[] followUp = new double[analysed];
            double[] change = new double[analysed];
            int i = 0;
            for (ParticipantOutcome p : participants) {
                if (p.arm() == arm && p.hasFollowUp()) {
                    baseline[i] = p.baseline();
                    followUp[i] = p.followUp();
                    change[i++] = p.change();
                }
            }
            return new ArmScores(randomised, baseline, followUp, change);
        }

        int analysed() {
            return change.length;
        }

        double changeMean() {
            return mean(change);
        }

        double changeVariance() {
            int n = change.length;
            if (n < 2) {
                return Double.NaN;
            }
            double mean = mean(change);
            double squares = 0;
            for (double c : change) {
                squares += (c - mean) * (c - mean);
            }
            return squares / (n - 1);
        }

        ArmSummary summary() {
            return new ArmSummary(randomised, analysed(), mean(baseline), mean(followUp), changeMean(),
                    Math.sqrt(changeVariance()));
        }

        private static double mean(double[] values) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return sum / values.length;
        }
    }
}
