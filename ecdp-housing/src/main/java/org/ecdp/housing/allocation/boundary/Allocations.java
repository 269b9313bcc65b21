package org.ecdp.housing.allocation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.access.HousingRoles;
import org.ecdp.housing.allocation.control.AllocationChainVerifier;
import org.ecdp.housing.allocation.control.AllocationSequence;
import org.ecdp.housing.allocation.control.SeedVault;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.allocation.entity.RevealedAllocation;
import org.ecdp.housing.allocation.entity.Stratum;
import org.ecdp.housing.allocation.entity.AllocationRecord;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.allocation.entity.SequenceDisclosure;

/**
 * The evaluator's checks on the randomisation: the stored chain of allocations (links, the
 * head on the programme row and every arm against the concealed sequence) and, once the
 * programme is closed, the seed and the sequence as used. Both audited.
 */
@ApplicationScoped
@Transactional
public class Allocations {

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    SeedVault seeds;

    private Programme get(long programmeId) {
        HousingRoles.require(caller, "Only the evaluator checks the allocations", Role.EVALUATOR);
        return Optional.ofNullable(em.find(Programme.class, programmeId)).orElseThrow(() -> new NotFound("No programme " + programmeId));
    }

    /**
     * Checks the stored chain: hashes and links, against the head recorded on the programme
     * row, and (on the server, where the seed is) every arm against the concealed sequence.
     */
    public ChainVerification verifyChain(long programmeId) {
        Programme programme = get(programmeId);
        List<Allocation> chain = allocations(programme);
        ChainVerification links = AllocationChainVerifier.verify(chain, programme.chainHead());
        if (!links.isIntact()) {
            return links;
        }
        audit.record("housing.chain.verify", "programme:" + programmeId, chain.size() + " allocations");
        return AllocationChainVerifier.verify(chain, new AllocationSequence(programme.seedForVerification(seeds), programme.randomisationScheme()));
    }

    public ChainHead chainHead(long programmeId) {
        return get(programmeId).chainHead();
    }

    private List<Allocation> allocations(Programme programme) {
        return em.createNamedQuery(AllocationRecord.OF_PROGRAMME, AllocationRecord.class).setParameter("programme", programme.getId())
                .getResultList().stream().map(AllocationRecord::toAllocation).toList();
    }

    /** Whether the programme is closed, so its sequence may be disclosed. */
    public boolean disclosable(long programmeId) {
        return get(programmeId).isClosed();
    }

    /** The seed and the sequence as used, per stratum: only for a closed programme; audited. */
    public SequenceDisclosure revealSequence(long programmeId) {
        Programme programme = get(programmeId);
        if (!programme.isClosed()) {
            throw InvalidInput.of("status", "The allocation sequence is disclosed only once the programme is closed");
        }
        Map<Stratum, Integer> used = new LinkedHashMap<>();
        allocations(programme).forEach(a -> used.merge(a.stratum(), 1, Integer::sum));
        List<RevealedAllocation> revealed = new ArrayList<>();
        AllocationSequence sequence = new AllocationSequence(programme.disclosedSeed(seeds), programme.randomisationScheme());
        used.forEach((stratum, count) -> revealed.addAll(sequence.reveal(stratum, count)));
        audit.record("housing.sequence.reveal", "programme:" + programmeId, revealed.size() + " allocations");
        return new SequenceDisclosure(programme.disclosedSeed(seeds).toBase64(), programme.getSeedCommitment(), revealed);
    }
}
