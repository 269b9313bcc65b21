package org.ecdp.housing.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * Which participant a caller may touch. A coach reaches only the coached tenants on their own
 * caseload; any other id, another coach's tenant or a control tenant alike, is answered exactly
 * as an id that does not exist, so a coach learns nothing about it (not even that it exists).
 * This check comes before any validation of what is sent.
 */
@ApplicationScoped
public class ParticipantAccess {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    public Participant find(long participantId) {
        return Optional.ofNullable(em.find(Participant.class, participantId))
                .orElseThrow(() -> new NotFound("No participant " + participantId));
    }

    /**
     * The participant, for a caller holding one of {@code anyParticipant} (any participant) or
     * the COACH role (own caseload only); anyone else is refused (403).
     */
    public Participant forCaller(long participantId, String refusal, Role... anyParticipant) {
        if (Arrays.stream(anyParticipant).anyMatch(caller::has)) {
            return find(participantId);
        }
        if (!caller.has(Role.COACH)) {
            throw new SecurityException(refusal);
        }
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null || !onCaseloadOf(participant, caller.username())) {
            throw new NotFound("No participant " + participantId);
        }
        return participant;
    }

    public static boolean onCaseloadOf(Participant participant, String coach) {
        return participant.getArm() == Arm.COACHED && participant.getCoach() != null
                && participant.getCoach().getUsername().equals(coach);
    }
}
