package org.ecdp.domain.privacy.boundary;

import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.domain.privacy.entity.RetentionApplied;

/**
 * Applies the retention rules every night at 03:30, after the alert scan. With several portal
 * instances on one database, the instance whose insert of the day's row in
 * {@code privacy_job_run} succeeds applies them; the others find the key taken and skip.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyRetention {

    private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());

    @Inject
    Organisations organisations;

    @Inject
    Tenancy tenancy;

    @Inject
    Retention retention;

    @Inject
    Claims claims;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "30", persistent = false, info = "ecdp nightly retention")
    void nightly() {
        runFor(LocalDate.now(clock));
    }

    /** Applies the rules for {@code today} unless another instance already has; null if skipped. */
    public List<RetentionApplied> runFor(LocalDate today) {
        boolean mine;
        try {
            mine = claims.claim(today, ManagementFactory.getRuntimeMXBean().getName());
        } catch (RuntimeException lostRace) {
            mine = false;
        }
        if (!mine) {
            LOG.info("ecdp: retention for " + today + " already applied by another instance");
            return null;
        }
        try {
            // each organisation's own rules on its own records, each in its own transaction
            List<RetentionApplied> applied = new java.util.ArrayList<>();
            for (long organisation : organisations.ids()) {
                applied.addAll(tenancy.as(organisation, () -> retention.apply(today)));
            }
            LOG.info("ecdp: retention applied for " + today + ": " + applied);
            return applied;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ecdp: retention for " + today + " failed; nothing was changed", e);
            return null;
        }
    }

    /** The day's claim, in its own transaction so that it is visible to the other instances at once. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Claims {

        @PersistenceContext(unitName = "ecdp")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean claim(LocalDate day, String instance) {
            return em.createNativeQuery("INSERT INTO privacy_job_run (run_key, run_day, instance) VALUES (?, ?, ?)")
                    .setParameter(1, "RETENTION-" + day).setParameter(2, day)
                    .setParameter(3, instance.length() > 100 ? instance.substring(0, 100) : instance)
                    .executeUpdate() == 1;
        }
    }
}
