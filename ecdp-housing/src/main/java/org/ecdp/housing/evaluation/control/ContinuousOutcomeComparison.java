package org.ecdp.housing.evaluation.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.Ancova;
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

    /** Commons Math's QR threshold for a column that vanishes once the earlier ones are taken out. */
    private static final double SINGULAR = 1e-12;

    private ContinuousOutcomeComparison() {
    }

    public static Evaluation evaluate(List<ParticipantOutcome> participants) {
        // one pass: CONSORT counts, and the analysed scores of each arm into arrays long enough for all
        int arms = Arm.values().length;
        int size = participants.size();
        int[] allocated = new int[arms];
        int[] withdrawn = new int[arms];
        int[] missing = new int[arms];
        int[] analysed = new int[arms];
        double[][] baseline = new double[arms][size];
        double[][] followUp = new double[arms][size];
        for (ParticipantOutcome p : participants) {
            int arm = p.arm().ordinal();
            allocated[arm]++;
            if (p.withdrawn()) {
                withdrawn[arm]++;
            }
            Double score = p.followUp();
            if (score != null) {
                baseline[arm][analysed[arm]] = p.baseline();
                followUp[arm][analysed[arm]++] = score;
            } else if (!p.withdrawn()) {
                missing[arm]++;
            }
        }
        int c = Arm.COACHED.ordinal();
        int k = Arm.CONTROL.ordinal();
        ArmScores coached = new ArmScores(allocated[c], analysed[c], baseline[c], followUp[c]);
        ArmScores control = new ArmScores(allocated[k], analysed[k], baseline[k], followUp[k]);
        return new Evaluation(
                Map.of(Arm.COACHED, coached.summary(), Arm.CONTROL, control.summary()),
                ancova(coached, control),
                welch(coached, control),
                hedgesG(coached, control),
                new ConsortCounts(participants.size(), perArm(allocated), perArm(withdrawn), perArm(missing),
                        perArm(analysed)));
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

    /**
     * The OLS fit of follow-up on intercept, arm and baseline in closed form: the baseline's
     * slope is the within-arm (pooled) one, the arm's effect the difference in follow-up means
     * less the slope times the difference in baseline means, and its variance s² (1/n1 + 1/n2 +
     * gap² / within-arm baseline squares), the same numbers a QR or the normal equations give.
     * Not estimated, as Commons Math's QR with threshold 1e-12 would refuse it, when an arm has
     * nobody analysed or the baselines do not vary within the arms.
     */
    private static Ancova ancova(ArmScores coached, ArmScores control) {
        int n1 = coached.analysed;
        int n2 = control.analysed;
        double within = coached.baselineSquares + control.baselineSquares;
        if (n1 + n2 < 4 || n1 == 0 || n2 == 0 || !(Math.sqrt(within) > SINGULAR)) {
            return Ancova.UNDEFINED;
        }
        double slope = (coached.crossProducts + control.crossProducts) / within;
        double gap = coached.baselineMean - control.baselineMean;
        double effect = coached.followUpMean - control.followUpMean - slope * gap;
        double df = n1 + n2 - 3;
        double variance = (coached.residualSquares(slope) + control.residualSquares(slope)) / df;
        double se = Math.sqrt(variance * (1.0 / n1 + 1.0 / n2 + gap * gap / within));
        double margin = Distributions.tQuantile975(df) * se;
        return new Ancova(effect, se, new ConfidenceInterval(effect - margin, effect + margin),
                Distributions.twoSidedP(effect / se, df));
    }

    private static WelchTest welch(ArmScores coached, ArmScores control) {
        int n1 = coached.analysed;
        int n2 = control.analysed;
        if (n1 < 2 || n2 < 2) {
            return WelchTest.UNDEFINED;
        }
        double share1 = coached.changeVariance / n1;
        double share2 = control.changeVariance / n2;
        double se = Math.sqrt(share1 + share2);
        if (!(se > 0)) {
            return WelchTest.UNDEFINED;
        }
        double difference = coached.changeMean - control.changeMean;
        double t = difference / se;
        double df = (share1 + share2) * (share1 + share2)
                / (share1 * share1 / (n1 - 1) + share2 * share2 / (n2 - 1));
        double margin = Distributions.tQuantile975(df) * se;
        return new WelchTest(difference, t, df, new ConfidenceInterval(difference - margin, difference + margin),
                Distributions.twoSidedP(t, df));
    }

    private static HedgesG hedgesG(ArmScores coached, ArmScores control) {
        int n1 = coached.analysed;
        int n2 = control.analysed;
        if (n1 < 2 || n2 < 2) {
            return HedgesG.UNDEFINED;
        }
        double pooledSd = Math.sqrt(((n1 - 1) * coached.changeVariance + (n2 - 1) * control.changeVariance)
                / (n1 + n2 - 2));
        if (!(pooledSd > 0)) {
            return HedgesG.UNDEFINED;
        }
        double j = 1 - 3.0 / (4.0 * (n1 + n2) - 9);
        double g = j * (coached.changeMean - control.changeMean) / pooledSd;
        double se = Math.sqrt((double) (n1 + n2) / ((double) n1 * n2) + g * g / (2.0 * (n1 + n2)));
        return new HedgesG(g, new ConfidenceInterval(g - 1.96 * se, g + 1.96 * se));
    }

    private static Map<Arm, Integer> perArm(int[] counts) {
        Map<Arm, Integer> byArm = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            byArm.put(arm, counts[arm.ordinal()]);
        }
        return byArm;
    }

    static Map<Arm, Integer> zeroPerArm() {
        Map<Arm, Integer> counts = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            counts.put(arm, 0);
        }
        return counts;
    }
}
