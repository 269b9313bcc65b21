package org.ecdp.housing.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.SeedSealer;
import org.ecdp.housing.allocation.control.AesGcmSeedSealer;
import org.ecdp.housing.allocation.control.Randomiser;
import org.junit.jupiter.api.Test;
import org.ecdp.housing.enrolment.entity.ParticipantTest;

class ProgrammeTest {

    static final SeedSealer SEALER = new AesGcmSeedSealer(AllocationSeed.generate().bytes());

    static Randomiser randomiser(Programme p) {
        return new Randomiser(p.randomisationScheme(), p.seedToRandomise(SEALER));
    }

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
        Programme p = Programme.setUp(draft(List.of(2, 4), null, List.of()), AllocationSeed.generate(), "e", Instant.now());
        assertThat(p.stratumFor("HARLOW_COURT")).isEqualTo(p.stratumFor("BASILDON_HOUSE"));
    }

    @Test
    void theSequenceIsDisclosedOnlyOnceClosed() {
        AllocationSeed seed = AllocationSeed.generate();
        Programme p = Programme.setUp(draft(null, null, null), seed, "e", Instant.now());
        assertThat(ParticipantTest.fields(() -> p.disclosedSeed(SEALER))).containsExactly("status");
        p.close(Instant.now());
        assertThat(p.disclosedSeed(SEALER)).isEqualTo(seed);
        assertThat(ParticipantTest.fields(() -> randomiser(p))).containsExactly("programme");
    }

    @Test
    void theRecordedChainHeadMovesWithEachAllocation() {
        Programme p = Programme.setUp(draft(null, null, null), AllocationSeed.generate(), "e", Instant.now());
        Allocation first = randomiser(p).randomise(p.chainHead(), p.stratumFor("HARLOW_COURT"), 0, "HS-1", Instant.now());
        p.recordAllocation(first);
        assertThat(p.chainHead()).isEqualTo(first.head());
        Allocation second = randomiser(p).randomise(p.chainHead(), p.stratumFor("HARLOW_COURT"), 1, "HS-2", Instant.now());
        p.recordAllocation(second);
        assertThat(p.chainHead()).isEqualTo(second.head());
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }

    @Test
    void theStoredSeedIsSealedAndTheSameSeedStillDrawsTheSameArms() {
        AllocationSeed seed = AllocationSeed.generate();
        Programme clear = Programme.setUp(draft(null, null, null), seed, "e", Instant.now());
        Programme sealed = Programme.setUp(draft(null, null, null), seed, "e", Instant.now());
        assertThat(sealed.sealSeed(SEALER)).isTrue();
        assertThat(sealed.sealSeed(SEALER)).as("sealed once").isFalse();
        assertThat(sealed.storedSeed()).startsWith(SeedSealer.PREFIX).doesNotContain(seed.toBase64());
        for (int i = 0; i < 6; i++) {
            assertThat(randomiser(sealed).randomise(sealed.chainHead(), sealed.stratumFor("HARLOW_COURT"), i, "HS-" + i,
                    Instant.EPOCH).arm()).isEqualTo(randomiser(clear).randomise(clear.chainHead(),
                    clear.stratumFor("HARLOW_COURT"), i, "HS-" + i, Instant.EPOCH).arm());
        }
        sealed.close(Instant.now());
        assertThat(sealed.disclosedSeed(SEALER)).isEqualTo(seed);
    }
}
