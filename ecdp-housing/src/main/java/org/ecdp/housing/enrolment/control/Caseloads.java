package org.ecdp.housing.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.Optional;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.housing.enrolment.entity.Participant;

/**
 * How many tenants a coach has now (those not withdrawn), written once for the coaching
 * boundary and for enrolment, which gives a newly coached tenant the coach with most room.
 */
@ApplicationScoped
public class Caseloads {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    public long caseload(Coach coach) {
        return em.createNamedQuery(Participant.CASELOAD, Long.class).setParameter("coach", coach).getSingleResult();
    }

    /** The active coach with the most room relative to their limit, if any has room. */
    public Optional<Coach> coachWithMostRoom() {
        return em.createNamedQuery(Coach.ACTIVE, Coach.class).getResultList().stream()
                .filter(c -> c.hasRoomFor(caseload(c)))
                .min(Comparator.comparingLong(c -> caseload(c) * 1000L / c.getCaseloadLimit()));
    }
}
