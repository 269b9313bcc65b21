package org.ecdp.housing.allocation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.Stratum;
import org.junit.jupiter.api.Test;

class ChainUpgradeTest {

    private final Stratum harlow = Stratum.ofScheme("HARLOW_COURT");

    /** A chain as made before December 2026: each hash covers the participant's reference. */
    private List<Allocation> v1Chain(int n, Map<String, String> codes) {
        List<Allocation> chain = new ArrayList<>();
        ChainHead head = ChainHead.GENESIS;
        for (int i = 1; i <= n; i++) {
            String ref = "HS-" + i;
            codes.put(ref, "P-00000000" + (10 + i));
            Instant at = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i * 3600L);
            Arm arm = i % 2 == 0 ? Arm.CONTROL : Arm.COACHED;
            Allocation a = new Allocation(i, harlow, ref, arm, at, head.hash(),
                    Allocation.hashOf(Allocation.V1, head.hash(), i, harlow, ref, arm, at));
            chain.add(a);
            head = a.head();
        }
        return chain;
    }

    @Test
    void anIntactV1ChainIsRechainedOverStudyCodesKeepingEveryArmAndInstant() {
        Map<String, String> codes = new HashMap<>();
        List<Allocation> old = v1Chain(12, codes);
        assertThat(AllocationChainVerifier.verify(old).isIntact()).isTrue();

        ChainUpgrade.Rechained upgraded = ChainUpgrade.toStudyCodes(old, codes).orElseThrow();

        assertThat(AllocationChainVerifier.verify(upgraded.allocations()).isIntact()).isTrue();
        assertThat(upgraded.allocations()).extracting(Allocation::participantRef).allMatch(code -> code.startsWith("P-"))
                .noneMatch(codes::containsKey);
        assertThat(upgraded.allocations()).extracting(Allocation::arm).isEqualTo(old.stream().map(Allocation::arm).toList());
        assertThat(upgraded.allocations()).extracting(Allocation::allocatedAt).isEqualTo(old.stream().map(Allocation::allocatedAt).toList());
        assertThat(upgraded.oldHead()).isEqualTo(old.get(11).head());
        assertThat(upgraded.newHead()).isEqualTo(upgraded.allocations().get(11).head()).isNotEqualTo(upgraded.oldHead());
        assertThat(ChainUpgrade.toStudyCodes(upgraded.allocations(), codes)).as("already v2: nothing to do").isEmpty();
    }

    @Test
    void aBrokenChainIsNeverRechained() {
        Map<String, String> codes = new HashMap<>();
        List<Allocation> chain = v1Chain(6, codes);
        Allocation third = chain.get(2);
        chain.set(2, new Allocation(3, harlow, third.participantRef(), third.arm() == Arm.COACHED ? Arm.CONTROL : Arm.COACHED,
                third.allocatedAt(), third.previousHash(), third.hash()));

        assertThat(ChainUpgrade.toStudyCodes(chain, codes)).isEmpty();
    }
}
