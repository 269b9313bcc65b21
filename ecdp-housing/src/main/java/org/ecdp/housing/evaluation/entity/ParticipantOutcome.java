package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import java.util.Objects;
import org.ecdp.housing.allocation.entity.Arm;

/**
 * One randomised participant's scores on one instrument for one follow-up timepoint: the arm
 * they were allocated to (never the coaching they actually got: intention to treat), the
 * baseline score every participant has before randomisation, the follow-up score or
 * {@code null} when it is missing, and whether they have withdrawn.
 */
public record ParticipantOutcome(Arm arm, double baseline, Double followUp, boolean withdrawn) implements Serializable {

    public ParticipantOutcome {
        Objects.requireNonNull(arm, "arm");
    }

    public static ParticipantOutcome measured(Arm arm, double baseline, double followUp) {
        return new ParticipantOutcome(arm, baseline, followUp, false);
    }

    public static ParticipantOutcome missing(Arm arm, double baseline) {
        return new ParticipantOutcome(arm, baseline, null, false);
    }

    public boolean hasFollowUp() {
        return followUp != null;
    }

    /** Follow-up minus baseline; only for a participant with a follow-up. */
    public double change() {
        return followUp - baseline;
    }
}
