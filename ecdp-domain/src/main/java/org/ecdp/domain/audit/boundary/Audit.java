package org.ecdp.domain.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ecdp.domain.audit.entity.AuditRecord;

/**
 * The audit trail. A record joins the caller's transaction, so a change and its audit
 * record are written together or not at all. The actor is the signed-in user, or
 * {@code system} for start-up and scheduled work.
 */
@ApplicationScoped
public class Audit {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    ReadAudit reads;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String target, String detail) {
        em.persist(new AuditRecord(Instant.now(clock), actor(), action, target, detail));
    }

    /**
     * A record on its own, in its own transaction, for events that are not a change (sign-ins):
     * whatever happens to the caller's work, and the caller should catch a failure here so an
     * audit row never makes the operation fail.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String target, String detail) {
        em.persist(new AuditRecord(Instant.now(clock), actor, action, target, detail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> latest(int first, int max) {
        List<AuditRecord> page = em.createNamedQuery(AuditRecord.LATEST, AuditRecord.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        reads.read("audit.read", "audit trail from row " + first, page.size());
        return page;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(a) from AuditRecord a", Long.class).getSingleResult();
    }

    public String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? "system" : caller.getName();
        } catch (RuntimeException outsideARequest) {
            return "system";
        }
    }
}
