package org.ecdp.mentoring.match.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.mentoring.match.entity.MatchStage;
import org.ecdp.mentoring.request.boundary.RequestMatches;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.ReferralStatus;

/** The waiting list's questions about matches, answered from the matches. */
@ApplicationScoped
public class MatchesOfRequests implements RequestMatches {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    /** Not withdrawn, and no proposed, introduced or active match. */
    private static final String WAITING = " from MentoringRequest r where r.withdrawn = false and not exists "
            + "(select m from MentoringMatch m where m.request = r and m.stage in :open)";

    @Override
    public List<MentoringRequest> waiting() {
        return waiting(0, Integer.MAX_VALUE);
    }

    @Override
    public List<MentoringRequest> waiting(int first, int max) {
        return em.createQuery("select r" + WAITING + " order by r.referredOn, r.id", MentoringRequest.class)
                .setParameter("open", Match.OPEN).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countWaiting() {
        return em.createQuery("select count(r)" + WAITING, Long.class).setParameter("open", Match.OPEN).getSingleResult();
    }

    @Override
    public boolean hasOpenMatch(MentoringRequest request) {
        return em.createQuery("select count(m) from MentoringMatch m where m.request = :r and m.stage in :open", Long.class)
                .setParameter("r", request).setParameter("open", Match.OPEN).getSingleResult() > 0;
    }

    @Override
    public ReferralStatus standing(MentoringRequest request) {
        List<MatchStage> stages = em.createQuery("select m.stage from MentoringMatch m where m.request = :r", MatchStage.class)
                .setParameter("r", request).getResultList();
        if (stages.stream().anyMatch(Match.OPEN::contains)) {
            return ReferralStatus.MATCHED;
        }
        return stages.contains(MatchStage.CLOSED) ? ReferralStatus.ENDED : ReferralStatus.WAITING;
    }
}
