package org.ecdp.housing.programme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.access.HousingRoles;
import org.ecdp.housing.allocation.control.SeedVault;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;

/**
 * Setting programmes up: the evaluator or an administrator creates one (its seed drawn now,
 * only the commitment shown), starts its recruitment and closes it. Everyone in housing may read
 * a programme; what of its design they see is the door's choice (the enroller never sees the
 * block sizes).
 */
@ApplicationScoped
@Transactional
public class Programmes {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Instruments instruments;

    @Inject
    SeedVault seeds;

    public List<Programme> all() {
        requireReader();
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultList();
    }

    public Programme get(long id) {
        requireReader();
        return find(id);
    }

    private Programme find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id)).orElseThrow(() -> new NotFound("No programme " + id));
    }

    private void requireReader() {
        HousingRoles.require(caller, "Only housing roles see programmes", Role.COORDINATOR, Role.COACH, Role.EVALUATOR, Role.ADMIN);
    }

    private void requireDesigner() {
        HousingRoles.require(caller, "Only the evaluator or an administrator sets programmes up", Role.EVALUATOR, Role.ADMIN);
    }

    public Programme create(ProgrammeDraft draft) {
        requireDesigner();
        return create(draft, caller.username());
    }

    /** As {@link #create(ProgrammeDraft)}, for start-up work where nobody is signed in. */
    public Programme create(ProgrammeDraft draft, String by) {
        Programme programme = Programme.setUp(draft, AllocationSeed.generate(), by, Instant.now(clock));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        programme.getInstruments().stream().filter(code -> instruments.find(code).isEmpty()).findFirst()
                .ifPresent(code -> problems.reject("instruments", "No instrument " + code));
        problems.throwIfAny();
        programme.sealSeed(seeds);
        em.persist(programme);
        em.flush();
        audit.record("housing.programme.create", "programme:" + programme.getId(),
                programme.getName() + "; seed commitment " + programme.getSeedCommitment());
        return programme;
    }

    public Programme startRecruiting(long programmeId) {
        requireDesigner();
        Programme programme = find(programmeId);
        programme.startRecruiting();
        audit.record("housing.programme.recruit", "programme:" + programmeId, null);
        return programme;
    }

    public Programme close(long programmeId) {
        requireDesigner();
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw new NotFound("No programme " + programmeId);
        }
        programme.close(Instant.now(clock));
        audit.record("housing.programme.close", "programme:" + programmeId,
                "chain head " + programme.chainHead().sequenceNumber() + " " + programme.chainHead().hash());
        return programme;
    }
}
