package org.ecdp.housing.allocation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.ChainHead;

/**
 * Re-chains a programme whose allocations hashed the participants' references (the v1 form)
 * into the v2 form, which hashes their study codes, so that erasing a person never breaks it.
 * Only a chain that verifies intact as it stands is re-chained, each allocation keeping its
 * number, stratum, arm and instant: a re-chain never launders a broken chain. The old and
 * new heads are returned so the change can be put on record.
 */
public final class ChainUpgrade {

    private ChainUpgrade() {
    }

    public record Rechained(List<Allocation> allocations, ChainHead oldHead, ChainHead newHead) {
    }

    /**
     * The chain in v2 form, or empty when it does not verify, a reference has no study code, or
     * it is already in v2 form (nothing to do).
     */
    public static Optional<Rechained> toStudyCodes(List<Allocation> inOrder, Map<String, String> studyCodeByRef) {
        if (inOrder.isEmpty() || !AllocationChainVerifier.verify(inOrder).isIntact()) {
            return Optional.empty();
        }
        boolean anyV1 = inOrder.stream().anyMatch(a -> !Allocation.hashOf(a.previousHash(), a.sequenceNumber(), a.stratum(),
                a.participantRef(), a.arm(), a.allocatedAt()).equals(a.hash()));
        if (!anyV1 || !inOrder.stream().allMatch(a -> studyCodeByRef.containsKey(a.participantRef())
                || studyCodeByRef.containsValue(a.participantRef()))) {
            return Optional.empty();
        }
        List<Allocation> rechained = new ArrayList<>(inOrder.size());
        ChainHead head = ChainHead.GENESIS;
        for (Allocation a : inOrder) {
            String code = studyCodeByRef.getOrDefault(a.participantRef(), a.participantRef());
            Allocation next = new Allocation(a.sequenceNumber(), a.stratum(), code, a.arm(), a.allocatedAt(), head.hash(),
                    Allocation.hashOf(head.hash(), a.sequenceNumber(), a.stratum(), code, a.arm(), a.allocatedAt()));
            rechained.add(next);
            head = next.head();
        }
        return Optional.of(new Rechained(rechained, inOrder.get(inOrder.size() - 1).head(), head));
    }
}
