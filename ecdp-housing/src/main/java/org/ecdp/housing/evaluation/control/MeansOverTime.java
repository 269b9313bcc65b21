package org.ecdp.housing.evaluation.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.ConfidenceInterval;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.housing.evaluation.entity.ScoreMean;

/**
 * The points of the evaluator's chart of mean score over time per arm. At BASELINE every
 * randomised participant has a score; at a follow-up timepoint the mean is over those measured,
 * in the arm they were allocated to.
 */
public final class MeansOverTime {

    private MeansOverTime() {
    }

    public static Map<Arm, ScoreMean> atBaseline(List<ParticipantOutcome> participants) {
        return byArm(participants, false);
    }

    public static Map<Arm, ScoreMean> atFollowUp(List<ParticipantOutcome> participants) {
        return byArm(participants, true);
    }

    public static ScoreMean of(double[] scores) {
        int n = scores.length;
        if (n == 0) {
            return new ScoreMean(0, Double.NaN, ConfidenceInterval.UNDEFINED);
        }
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        double mean = sum / n;
        if (n < 2) {
            return new ScoreMean(n, mean, ConfidenceInterval.UNDEFINED);
        }
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        double margin = Distributions.tQuantile975(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return new ScoreMean(n, mean, new ConfidenceInterval(mean - margin, mean + margin));
    }

    private static Map<Arm, ScoreMean> byArm(List<ParticipantOutcome> participants, boolean followUp) {
        Map<Arm, ScoreMean> means = new EnumMap<>(Arm.class);
        for (Arm arm : Arm.values()) {
            means.put(arm, of(participants.stream()
                    .filter(p -> p.arm() == arm && (!followUp || p.hasFollowUp()))
                    .mapToDouble(p -> followUp ? p.followUp() : p.baseline())
                    .toArray()));
        }
        return Map.copyOf(means);
    }
}
