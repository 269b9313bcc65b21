package org.ecdp.housing.coaching.entity;

import java.time.LocalDate;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * What a coaching session needs to know of a tenant, handed over by the enrolment component:
 * the participant's id, the day they were enrolled, whether they were randomised to coaching and
 * who their coach is. Coaching reads participants; enrolment never reads coaching, so the two
 * components do not depend on each other both ways.
 */
public record CoachedTenant(long participantId, LocalDate enrolledOn, boolean coached, String coach) {

    /** The tenant as the coaching component knows them. */
    public static CoachedTenant of(Participant participant) {
        return new CoachedTenant(participant.getId(), participant.getEnrolledOn(), participant.getArm() == Arm.COACHED,
                participant.getCoach() == null ? null : participant.getCoach().getUsername());
    }
}
