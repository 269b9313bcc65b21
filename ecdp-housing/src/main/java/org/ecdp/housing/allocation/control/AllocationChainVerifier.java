package org.ecdp.housing.allocation.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.allocation.entity.RevealedAllocation;
import org.ecdp.housing.allocation.entity.Stratum;

/**
 * Checks a programme's allocations, in sequence-number order as stored, and reports the first
 * one that breaks the chain: its fields no longer match its hash (an arm or reference was
 * changed), its number is not the next one (an allocation was removed, inserted or moved), or
 * it does not carry the previous allocation's hash.
 *
 * <p>Someone who rewrites the whole chain from a changed record onwards passes those checks,
 * because SHA-256 has no key. With the seed (after closing) the verifier also recomputes every
 * arm from the concealed sequence, which no rewrite can fake. Removing the newest allocations
 * leaves a shorter chain that is still whole; checking against a head recorded elsewhere (the
 * audit trail, or a hash given to the evaluator) catches that.
 */
public final class AllocationChainVerifier {

    private AllocationChainVerifier() {
    }

    public static ChainVerification verify(List<Allocation> allocationsInOrder) {
        return verify(allocationsInOrder, (AllocationSequence) null);
    }

    /** Also checks that the chain still holds {@code knownHead}, a head recorded outside it. */
    public static ChainVerification verify(List<Allocation> allocationsInOrder, ChainHead knownHead) {
        ChainVerification verification = verify(allocationsInOrder);
        if (!verification.isIntact() || knownHead.equals(ChainHead.GENESIS)) {
            return verification;
        }
        long known = knownHead.sequenceNumber();
        if (known > allocationsInOrder.size()) {
            return ChainVerification.brokenAt(allocationsInOrder.size(), allocationsInOrder.size(), known,
                    "the chain ends at allocation " + allocationsInOrder.size() + " but allocation " + known
                            + " was recorded: the newest allocations are missing");
        }
        Allocation atKnown = allocationsInOrder.get((int) known - 1);
        if (!atKnown.hash().equals(knownHead.hash())) {
            return ChainVerification.brokenAt(allocationsInOrder.size(), (int) known - 1, known,
                    "allocation " + known + " is not the one recorded: the chain was rewritten up to it");
        }
        return verification;
    }

    public static ChainVerification verify(List<Allocation> allocationsInOrder, AllocationSequence sequence) {
        ChainHead expected = ChainHead.GENESIS;
        Map<Stratum, Integer> positions = new HashMap<>();
        Map<Stratum, List<RevealedAllocation>> concealedSequences = sequence == null ? Map.of()
                : revealed(allocationsInOrder, sequence);
        for (int i = 0; i < allocationsInOrder.size(); i++) {
            Allocation allocation = allocationsInOrder.get(i);
            long number = allocation.sequenceNumber();
            if (!allocation.contentMatchesHash()) {
                return ChainVerification.brokenAt(i + 1, i, number,
                        "allocation " + number + " was changed after it was made: its fields no longer match its hash");
            }
            if (number != expected.sequenceNumber() + 1) {
                return ChainVerification.brokenAt(i + 1, i, number, "allocation " + number + " is where allocation "
                        + (expected.sequenceNumber() + 1) + " should be: one was removed, inserted or moved");
            }
            if (!allocation.previousHash().equals(expected.hash())) {
                return ChainVerification.brokenAt(i + 1, i, number, "allocation " + number
                        + " does not carry the hash of allocation " + expected.sequenceNumber());
            }
            if (sequence != null) {
                int position = positions.merge(allocation.stratum(), 1, Integer::sum);
                Arm concealed = concealedSequences.get(allocation.stratum()).get(position - 1).arm();
                if (concealed != allocation.arm()) {
                    return ChainVerification.brokenAt(i + 1, i, number, "allocation " + number + " says "
                            + allocation.arm() + " but place " + position + " of stratum " + allocation.stratum()
                            + " in the concealed sequence is " + concealed);
                }
            }
            expected = allocation.head();
        }
        return ChainVerification.intact(allocationsInOrder.size());
    }

    private static Map<Stratum, List<RevealedAllocation>> revealed(List<Allocation> allocations,
                                                                   AllocationSequence sequence) {
        Map<Stratum, Integer> counts = new HashMap<>();
        allocations.forEach(allocation -> counts.merge(allocation.stratum(), 1, Integer::sum));
        Map<Stratum, List<RevealedAllocation>> revealed = new HashMap<>();
        counts.forEach((stratum, count) -> revealed.put(stratum, sequence.reveal(stratum, count)));
        return revealed;
    }
}
