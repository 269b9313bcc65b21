package org.ecdp.housing.allocation.control;

import java.time.Instant;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.RandomisationScheme;
import org.ecdp.housing.allocation.entity.Stratum;

/**
 * Randomises one enrolled participant (consent and baseline already saved): takes the next
 * place in their stratum's concealed sequence and chains the allocation to the last one made
 * in the programme. The caller must serialise calls per programme (e.g. lock the programme
 * row) and pass the chain head and the stratum's count read under that lock.
 */
public final class Randomiser {

    private final AllocationSequence sequence;

    public Randomiser(RandomisationScheme scheme, AllocationSeed seed) {
        this.sequence = new AllocationSequence(seed, scheme);
    }

    public Allocation randomise(ChainHead previous, Stratum stratum, int alreadyAllocatedInStratum,
                                String participantRef, Instant at) {
        if (participantRef == null || participantRef.isBlank()) {
            throw InvalidInput.of("ref", "a participant needs a pseudonymous reference before randomisation");
        }
        if (alreadyAllocatedInStratum < 0) {
            throw new IllegalArgumentException("a stratum cannot hold fewer than no participants");
        }
        return Allocation.following(previous, stratum, participantRef,
                sequence.armFor(stratum, alreadyAllocatedInStratum + 1), at);
    }
}
