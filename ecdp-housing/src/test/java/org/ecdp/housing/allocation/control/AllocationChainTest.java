package org.ecdp.housing.allocation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.allocation.entity.RandomisationScheme;
import org.ecdp.housing.allocation.entity.Stratum;
import org.junit.jupiter.api.Test;

class AllocationChainTest {

    private final RandomisationScheme scheme = RandomisationScheme.of(List.of(2, 4), null);
    private final AllocationSeed seed = AllocationSeed.generate();
    private final Stratum harlow = Stratum.ofScheme("HARLOW_COURT");
    private final Stratum colchester = Stratum.ofScheme("COLCHESTER_HOUSE");

    private List<Allocation> enrolThirty() {
        Randomiser randomiser = new Randomiser(scheme, seed);
        Map<Stratum, Integer> counts = new HashMap<>();
        List<Allocation> chain = new ArrayList<>();
        ChainHead head = ChainHead.GENESIS;
        for (int i = 1; i <= 30; i++) {
            Stratum stratum = i % 3 == 0 ? colchester : harlow;
            Allocation allocation = randomiser.randomise(head, stratum, counts.getOrDefault(stratum, 0),
                    "P-%04d".formatted(i), Instant.parse("2026-01-05T10:00:00Z").plusSeconds(3600L * i));
            counts.merge(stratum, 1, Integer::sum);
            chain.add(allocation);
            head = allocation.head();
        }
        return chain;
    }

    @Test
    void aChainAsMadeVerifiesAndItsArmsFollowTheConcealedSequence() {
        List<Allocation> chain = enrolThirty();

        assertThat(AllocationChainVerifier.verify(chain).isIntact()).isTrue();
        ChainVerification withSeed = AllocationChainVerifier.verify(chain, new AllocationSequence(seed, scheme));
        assertThat(withSeed.isIntact()).isTrue();
        assertThat(withSeed.allocationsChecked()).isEqualTo(30);
        assertThat(chain).extracting(Allocation::sequenceNumber).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList());
        assertThat(chain.stream().filter(a -> a.stratum().equals(harlow)).map(Allocation::arm).toList())
                .isEqualTo(new AllocationSequence(seed, scheme).reveal(harlow, 20).stream().map(r -> r.arm()).toList());
    }

    @Test
    void aChangedArmIsReportedAtThatAllocation() {
        List<Allocation> chain = new ArrayList<>(enrolThirty());
        Allocation original = chain.get(9);
        chain.set(9, new Allocation(original.sequenceNumber(), original.stratum(), original.participantRef(),
                flip(original.arm()), original.allocatedAt(), original.previousHash(), original.hash()));

        ChainVerification verification = AllocationChainVerifier.verify(chain);

        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBrokenLink().orElseThrow().sequenceNumber()).isEqualTo(10);
        assertThat(verification.firstBrokenLink().orElseThrow().problem()).contains("changed");
    }

    @Test
    void aRemovedAllocationIsReportedWhereTheGapIs() {
        List<Allocation> chain = new ArrayList<>(enrolThirty());
        chain.remove(14);

        ChainVerification.BrokenLink broken = AllocationChainVerifier.verify(chain).firstBrokenLink().orElseThrow();

        assertThat(broken.index()).isEqualTo(14);
        assertThat(broken.sequenceNumber()).isEqualTo(16);
        assertThat(broken.problem()).contains("where allocation 15 should be");
    }

    @Test
    void aRemovedAllocationIsFoundEvenIfTheLaterOnesAreRenumbered() {
        List<Allocation> chain = new ArrayList<>(enrolThirty());
        chain.remove(14);
        Allocation next = chain.get(14);
        chain.set(14, new Allocation(15, next.stratum(), next.participantRef(), next.arm(), next.allocatedAt(),
                next.previousHash(), Allocation.hashOf(next.previousHash(), 15, next.stratum(),
                next.participantRef(), next.arm(), next.allocatedAt())));

        ChainVerification.BrokenLink broken = AllocationChainVerifier.verify(chain).firstBrokenLink().orElseThrow();

        assertThat(broken.index()).isEqualTo(14);
        assertThat(broken.problem()).contains("does not carry the hash of allocation 14");
    }

    @Test
    void reorderedAllocationsAreReportedAtTheFirstOneOutOfPlace() {
        List<Allocation> chain = new ArrayList<>(enrolThirty());
        Collections.swap(chain, 20, 21);

        ChainVerification.BrokenLink broken = AllocationChainVerifier.verify(chain).firstBrokenLink().orElseThrow();

        assertThat(broken.index()).isEqualTo(20);
        assertThat(broken.sequenceNumber()).isEqualTo(22);
    }

    @Test
    void removingTheNewestAllocationsIsCaughtAgainstAHeadRecordedElsewhere() {
        List<Allocation> chain = enrolThirty();
        ChainHead recorded = chain.get(29).head();
        List<Allocation> cut = chain.subList(0, 27);

        assertThat(AllocationChainVerifier.verify(cut).isIntact()).isTrue();
        assertThat(AllocationChainVerifier.verify(chain, recorded).isIntact()).isTrue();
        assertThat(AllocationChainVerifier.verify(cut, recorded).firstBrokenLink().orElseThrow().problem())
                .contains("newest allocations are missing");
    }

    @Test
    void aRewrittenChainStillHashesButTheSeedExposesTheChangedArm() {
        List<Allocation> made = enrolThirty();
        List<Allocation> rewritten = new ArrayList<>(made.subList(0, 5));
        ChainHead head = rewritten.get(4).head();
        for (Allocation a : made.subList(5, 30)) {
            Arm arm = a.sequenceNumber() == 6 ? flip(a.arm()) : a.arm();
            Allocation forged = Allocation.following(head, a.stratum(), a.participantRef(), arm, a.allocatedAt());
            rewritten.add(forged);
            head = forged.head();
        }

        assertThat(AllocationChainVerifier.verify(rewritten).isIntact()).isTrue();
        assertThat(AllocationChainVerifier.verify(rewritten, made.get(29).head()).firstBrokenLink().orElseThrow()
                .problem()).contains("rewritten");
        ChainVerification withSeed = AllocationChainVerifier.verify(rewritten, new AllocationSequence(seed, scheme));
        assertThat(withSeed.firstBrokenLink().orElseThrow().sequenceNumber()).isEqualTo(6);
        assertThat(withSeed.firstBrokenLink().orElseThrow().problem()).contains("concealed sequence");
    }

    @Test
    void theHashFollowsTheDocumentedCanonicalForm() {
        // expected value computed independently with Python's hashlib over the documented form
        Allocation first = Allocation.following(ChainHead.GENESIS, harlow, "P-0001", Arm.COACHED,
                Instant.parse("2026-01-05T10:15:30.123456Z"));

        assertThat(first.allocatedAt()).as("whole seconds, as every database stores them").isEqualTo(Instant.parse("2026-01-05T10:15:30Z"));
        assertThat(first.hash()).isEqualTo("23bb54f9516ab9c71028f735057c455743db6fb9b09e70a998caaf92a5fddcb5");
        // the same allocation in the v1 form made before December 2026 (which hashed the reference) still verifies
        Allocation v1 = new Allocation(1, harlow, "P-0001", Arm.COACHED, first.allocatedAt(), ChainHead.GENESIS.hash(),
                "d948fd22053873c83da3ba79c85046698cb5bd2e945e0693807313a2f21d698c");
        assertThat(v1.contentMatchesHash()).isTrue();
    }

    @Test
    void aParticipantWithoutAReferenceIsNotRandomised() {
        Randomiser randomiser = new Randomiser(scheme, seed);
        assertThatThrownBy(() -> randomiser.randomise(ChainHead.GENESIS, harlow, 0, " ", Instant.now()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("ref"));
    }

    @Test
    void theSeedNeverShowsInTextButItsCommitmentIsStable() {
        assertThat(seed.toString()).doesNotContain(seed.toBase64());
        assertThat(seed.commitment()).hasSize(64).isEqualTo(AllocationSeed.fromBytes(seed.bytes()).commitment())
                .isNotEqualTo(AllocationSeed.generate().commitment());
    }

    private static Arm flip(Arm arm) {
        return arm == Arm.COACHED ? Arm.CONTROL : Arm.COACHED;
    }

    @Test
    void aBrokenChainSaysHowManyAllocationsWereCheckedUpToTheBreak() {
        List<Allocation> made = enrolThirty();
        List<Allocation> changed = new ArrayList<>(made);
        Allocation original = changed.get(9);
        changed.set(9, new Allocation(original.sequenceNumber(), original.stratum(), original.participantRef(),
                flip(original.arm()), original.allocatedAt(), original.previousHash(), original.hash()));
        assertThat(AllocationChainVerifier.verify(changed).allocationsChecked()).isEqualTo(10);

        List<Allocation> removed = new ArrayList<>(made);
        removed.remove(14);
        assertThat(AllocationChainVerifier.verify(removed).allocationsChecked()).isEqualTo(15);

        List<Allocation> renumbered = new ArrayList<>(removed);
        Allocation next = renumbered.get(14);
        renumbered.set(14, new Allocation(15, next.stratum(), next.participantRef(), next.arm(), next.allocatedAt(),
                next.previousHash(), Allocation.hashOf(next.previousHash(), 15, next.stratum(),
                next.participantRef(), next.arm(), next.allocatedAt())));
        assertThat(AllocationChainVerifier.verify(renumbered).allocationsChecked()).isEqualTo(15);

        List<Allocation> rewritten = new ArrayList<>(made.subList(0, 5));
        ChainHead head = rewritten.get(4).head();
        for (Allocation a : made.subList(5, 30)) {
            Arm arm = a.sequenceNumber() == 6 ? flip(a.arm()) : a.arm();
            Allocation forged = Allocation.following(head, a.stratum(), a.participantRef(), arm, a.allocatedAt());
            rewritten.add(forged);
            head = forged.head();
        }
        assertThat(AllocationChainVerifier.verify(rewritten, new AllocationSequence(seed, scheme)).allocationsChecked()).isEqualTo(6);
        ChainVerification againstHead = AllocationChainVerifier.verify(rewritten, made.get(29).head());
        assertThat(againstHead.allocationsChecked()).isEqualTo(30);
        assertThat(againstHead.firstBrokenLink().orElseThrow().index()).as("the recorded head is allocation 30, at index 29").isEqualTo(29);
        assertThat(AllocationChainVerifier.verify(made.subList(0, 27), made.get(29).head()).firstBrokenLink().orElseThrow().index())
                .isEqualTo(27);
    }
}
