package org.ecdp.domain.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

    public Optional<Organisation> byId(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }
}
