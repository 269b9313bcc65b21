package org.ecdp.housing.evaluation.entity;

import java.io.Serializable;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * A randomised participant the evaluator should know about: withdrawn (with the coded reason
 * only) or enrolled soon after a withdrawal in the same scheme (a possible re-enrolment).
 */
public record Withdrawal(String participant, String arm, boolean withdrawn, String reason, boolean possibleReenrolment) implements Serializable {

    public static Withdrawal of(Participant p) {
        return new Withdrawal(p.getStudyCode(), p.getArm().name(), p.isWithdrawn(),
                p.isWithdrawn() ? p.getWithdrawalCode().name() : null, p.isPossibleReenrolment());
    }
}
