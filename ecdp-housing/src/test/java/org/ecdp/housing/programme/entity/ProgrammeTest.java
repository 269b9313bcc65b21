package org.ecdp.housing.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    static ProgrammeDraft draft(List<Integer> blockSizes, List<Integer> ratio, List<String> strata) {
        return new ProgrammeDraft("Pilot", List.of("harlow_court"), List.of("HOME_WELLBEING"), strata, blockSizes, ratio, null, null);
    }

    @Test
    void aBadDesignIsRefusedNamingTheField() {
        assertThat(ParticipantTest.fields(() -> Programme.setUp(new ProgrammeDraft(" ", List.of(), null, List.of("age"),
                List.of(3), List.of(1, 1), 1, "CLOSED"), AllocationSeed.generate(), "e", Instant.now())))
                .containsExactlyInAnyOrder("name", "schemes", "instruments", "strata", "blockSizes", "targetSize", "status");
        assertThat(ParticipantTest.fields(() -> Programme.setUp(draft(List.of(2, 4), List.of(0, 1), null),
                AllocationSeed.generate(), "e", Instant.now()))).containsExactly("ratio");
    }

    @Test
    void aNewProgrammeRecruitsWithSchemeStrataAndPublishesOnlyTheSeedCommitment() {
        AllocationSeed seed = AllocationSeed.generate();
        Programme p = Programme.setUp(draft(null, null, null), seed, "evaluator", Instant.now());
        assertThat(p.isRecruiting()).isTrue();
        assertThat(p.getSchemes()).containsExactly("HARLOW_COURT");
        assertThat(p.getBlockSizes()).containsExactly(2, 4);
        assertThat(p.getRatio()).containsExactly(1, 1);
        assertThat(p.stratumFor("HARLOW_COURT").key()).isEqualTo("scheme=HARLOW_COURT");
        assertThat(p.getSeedCommitment()).isEqualTo(seed.commitment());
        assertThat(p.toString()).doesNotContain(seed.toBase64());
        assertThat(p.chainHead()).isEqualTo(ChainHead.GENESIS);
    }

    @Test
    void withoutStrataEveryoneShareOneStratum() {
        Programme p = Programme.setUp(draft(List.of(4), null, List.of()), AllocationSeed.generate(), "e", Instant.now());
        assertThat(p.stratumFor("HARLOW_COURT")).isEqualTo(p.stratumFor("BASILDON_HOUSE"));
    }

    @Test
    void theSequenceIsDisclosedOnlyOnceClosed() {
        AllocationSeed seed = AllocationSeed.generate();
        Programme p = Programme.setUp(draft(null, null, null), seed, "e", Instant.now());
        assertThat(ParticipantTest.fields(p::disclosedSeed)).containsExactly("status");
        p.close(Instant.now());
        assertThat(p.disclosedSeed()).isEqualTo(seed);
        assertThat(ParticipantTest.fields(() -> p.randomiser())).containsExactly("programme");
    }

    @Test
    void theRecordedChainHeadMovesWithEachAllocation() {
        Programme p = Programme.setUp(draft(null, null, null), AllocationSeed.generate(), "e", Instant.now());
        Allocation first = p.randomiser().randomise(p.chainHead(), p.stratumFor("HARLOW_COURT"), 0, "HS-1", Instant.now());
        p.recordAllocation(first);
        assertThat(p.chainHead()).isEqualTo(first.head());
        Allocation second = p.randomiser().randomise(p.chainHead(), p.stratumFor("HARLOW_COURT"), 1, "HS-2", Instant.now());
        p.recordAllocation(second);
        assertThat(p.chainHead()).isEqualTo(second.head());
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }
}
