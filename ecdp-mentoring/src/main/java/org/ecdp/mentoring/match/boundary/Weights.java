package org.ecdp.mentoring.match.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.mentoring.match.entity.StoredWeights;
import org.ecdp.mentoring.matching.entity.MatchWeights;

/**
 * The weights the next match run uses: the coordinators' own when saved, the defaults
 * ({@link MatchWeights#DEFAULTS}) otherwise. Every change is audited with the old and new values.
 */
@ApplicationScoped
@Transactional
public class Weights {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** What matching uses now (no role check: runs call it on the coordinator's behalf). */
    public MatchWeights current() {
        return stored().map(StoredWeights::weights).orElse(MatchWeights.DEFAULTS);
    }

    /** Who last changed the weights and when, if they were ever changed. */
    public Optional<StoredWeights> stored() {
        return Optional.ofNullable(em.find(StoredWeights.class, StoredWeights.ID));
    }

    /** Saves new weights (already validated by {@link MatchWeights}); the next run uses them. */
    public MatchWeights save(MatchWeights weights) {
        requireCoordinator();
        MatchWeights before = current();
        LocalDate today = LocalDate.now(clock);
        StoredWeights row = em.find(StoredWeights.class, StoredWeights.ID);
        if (row == null) {
            em.persist(new StoredWeights(weights, caller.username(), today));
        } else {
            row.set(weights, caller.username(), today);
        }
        audit.record("mentoring.weights.change", "match weights", before + " -> " + weights);
        return weights;
    }

    public MatchWeights restoreDefaults() {
        requireCoordinator();
        MatchWeights before = current();
        StoredWeights row = em.find(StoredWeights.class, StoredWeights.ID);
        if (row != null) {
            em.remove(row);
        }
        audit.record("mentoring.weights.defaults", "match weights", before + " -> " + MatchWeights.DEFAULTS);
        return MatchWeights.DEFAULTS;
    }

    private void requireCoordinator() {
        if (!caller.has(Role.COORDINATOR)) {
            throw new SecurityException("Only a mentoring coordinator changes the match weights");
        }
    }
}
