package org.ecdp.mentoring.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.mentoring.dashboard.control.DashboardFigures;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MatchStage;
import org.ecdp.mentoring.matching.entity.VolunteerStatus;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.volunteer.entity.Volunteer;

/** The figures of the coordinator's dashboard, read from the database and computed by {@link DashboardFigures}. */
@ApplicationScoped
@Transactional
public class Dashboard {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    MentoringRequests requests;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<DashboardFigures.Band> waitingBands() {
        requireCoordinator();
        List<DashboardFigures.Waiting> waiting = requests.waiting().stream()
                .map(r -> new DashboardFigures.Waiting(r.getId(), r.getRef(), r.getReferredOn())).toList();
        return DashboardFigures.bands(waiting, today());
    }

    /** Each person's first match (the earliest proposal not declined), by the month it was proposed. */
    public List<DashboardFigures.MonthFigures> timeToMatch() {
        requireCoordinator();
        Map<Long, DashboardFigures.Matched> first = new HashMap<>();
        for (Match m : em.createQuery("select m from MentoringMatch m join fetch m.request where m.proposedOn is not null and m.stage <> :d",
                Match.class).setParameter("d", MatchStage.DECLINED).getResultList()) {
            DashboardFigures.Matched candidate = new DashboardFigures.Matched(m.getRequest().getReferredOn(), m.getProposedOn());
            first.merge(m.getRequest().getId(), candidate, (a, b) -> a.matchedOn().isAfter(b.matchedOn()) ? b : a);
        }
        return DashboardFigures.timeToMatch(List.copyOf(first.values()));
    }

    /** Active volunteers: places held by proposed, introduced and active matches, of their capacity. */
    public DashboardFigures.Utilisation utilisation() {
        requireCoordinator();
        Map<Long, Integer> used = new HashMap<>();
        for (Match m : em.createNamedQuery(Match.HOLDING_PLACES, Match.class).setParameter("stages", Match.OPEN).getResultList()) {
            used.merge(m.getVolunteer().getId(), 1, Integer::sum);
        }
        List<DashboardFigures.Load> loads = em.createQuery("select v from Volunteer v where v.status = :a order by v.name", Volunteer.class)
                .setParameter("a", VolunteerStatus.ACTIVE).getResultList().stream()
                .map(v -> new DashboardFigures.Load(v.getId(), v.getName(), used.getOrDefault(v.getId(), 0), v.getCapacity())).toList();
        return DashboardFigures.utilisation(loads);
    }

    private void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator sees the mentoring dashboard");
        }
    }
}
