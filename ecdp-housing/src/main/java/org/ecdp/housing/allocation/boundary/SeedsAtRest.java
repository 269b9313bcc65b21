package org.ecdp.housing.allocation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.ecdp.housing.allocation.control.SeedVault;
import org.ecdp.housing.programme.entity.Programme;

/**
 * As the portal starts, after the schema is migrated ({@code Bootstrap}): every allocation seed
 * still stored in clear (from before seeds were sealed) is sealed with the secret key. The seeds
 * themselves do not change, so every allocation and the chain verify as before.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
public class SeedsAtRest {

    private static final Logger LOG = Logger.getLogger(SeedsAtRest.class.getName());

    @Inject
    Sealer sealer;

    @Inject
    Tenancy tenancy;

    @Inject
    Organisations organisations;

    /** Each organisation's programmes, each organisation in its own transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealClearSeeds() {
        for (long organisation : organisations.ids()) {
            long sealed = tenancy.as(organisation, sealer::sealClearSeeds);
            if (sealed > 0) {
                LOG.info("ecdp: sealed the allocation seeds of " + sealed + " programme(s) of organisation " + organisation + " stored in clear");
            }
        }
    }

    /** Seals one organisation's clear seeds, in a transaction of its own. */
    @ApplicationScoped
    @Transactional
    public static class Sealer {

        @PersistenceContext(unitName = "ecdp")
        EntityManager em;

        @Inject
        SeedVault seeds;

        public long sealClearSeeds() {
            return em.createNamedQuery(Programme.ALL, Programme.class).getResultStream().filter(p -> p.sealSeed(seeds)).count();
        }
    }
}
