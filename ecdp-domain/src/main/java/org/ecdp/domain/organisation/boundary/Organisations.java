package org.ecdp.domain.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.organisation.entity.Organisation;

/**
 * The organisations of the network, as the network admin and the nightly jobs see them (the jobs
 * run once for each organisation, acting for it).
 */
@ApplicationScoped
@Transactional
public class Organisations {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Organisation> all() {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
    }

    /** Every organisation's id, the host's first: what a nightly job runs for. */
    public List<Long> ids() {
        return em.createQuery("select o.id from Organisation o order by o.id", Long.class).getResultList();
    }

    public Optional<Organisation> byCode(String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Registers an organisation, committed at once so that its records can refer to it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Organisation register(String code, String name, boolean sharesAggregates) {
        Organisation organisation = new Organisation(code, name, sharesAggregates, Instant.now(clock));
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    /** Takes back a registration whose first day failed (it holds no records yet). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation != null) {
            em.remove(organisation);
        }
    }

    public Optional<Organisation> byId(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }
}
