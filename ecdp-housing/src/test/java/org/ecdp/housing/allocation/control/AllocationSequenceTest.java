package org.ecdp.housing.allocation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.allocation.entity.RandomisationScheme;
import org.ecdp.housing.allocation.entity.RevealedAllocation;
import org.ecdp.housing.allocation.entity.Stratum;
import org.junit.jupiter.api.Test;

class AllocationSequenceTest {

    private static final RandomisationScheme TWOS_AND_FOURS = RandomisationScheme.of(List.of(2, 4), List.of(1, 1));
    private static final List<Stratum> SCHEMES = List.of(Stratum.ofScheme("HARLOW_COURT"),
            Stratum.ofScheme("COLCHESTER_HOUSE"), Stratum.ofScheme("BASILDON_LODGE"));

    /** Seeds for the simulations: fixed, so a failure can be replayed; real programmes use SecureRandom. */
    private static AllocationSeed seed(long n) {
        byte[] bytes = new byte[AllocationSeed.LENGTH_BYTES];
        new Random(n).nextBytes(bytes);
        return AllocationSeed.fromBytes(bytes);
    }

    @Test
    void inEveryStratumTheArmsNeverDifferByMoreThanHalfTheLargestBlock() {
        int largestGapSeen = 0;
        for (long s = 0; s < 300; s++) {
            AllocationSequence sequence = new AllocationSequence(seed(s), TWOS_AND_FOURS);
            for (Stratum stratum : SCHEMES) {
                int coached = 0;
                int control = 0;
                for (RevealedAllocation place : sequence.reveal(stratum, 150)) {
                    if (place.arm() == Arm.COACHED) {
                        coached++;
                    } else {
                        control++;
                    }
                    assertThat(Math.abs(coached - control)).as("seed %d, %s, place %d", s, stratum, place.position())
                            .isLessThanOrEqualTo(2);
                    largestGapSeen = Math.max(largestGapSeen, Math.abs(coached - control));
                }
            }
        }
        assertThat(largestGapSeen).as("blocks of 4 are really used").isEqualTo(2);
    }

    @Test
    void atTwoToOneTheWeightedImbalanceStaysWithinTheLargestBlocksBound() {
        RandomisationScheme twoToOne = RandomisationScheme.of(List.of(3, 6), List.of(2, 1));
        assertThat(twoToOne.maximumImbalance()).isEqualTo(4);
        for (long s = 0; s < 200; s++) {
            AllocationSequence sequence = new AllocationSequence(seed(s), twoToOne);
            long coached = 0;
            long control = 0;
            for (RevealedAllocation place : sequence.reveal(SCHEMES.get(0), 120)) {
                if (place.arm() == Arm.COACHED) {
                    coached++;
                } else {
                    control++;
                }
                assertThat(Math.abs(twoToOne.imbalance(coached, control))).isLessThanOrEqualTo(4);
                if (place.position() == 120) {
                    assertThat(coached).isBetween(76L, 84L);
                }
            }
        }
    }

    @Test
    void everyBlockHoldsItsShareOfEachArm() {
        List<RevealedAllocation> places = new AllocationSequence(seed(7), TWOS_AND_FOURS).reveal(SCHEMES.get(1), 400);
        places.stream().filter(p -> p.position() <= 396) // the last block may be cut short
                .collect(java.util.stream.Collectors.groupingBy(RevealedAllocation::blockNumber))
                .forEach((block, inBlock) -> {
                    if (inBlock.size() == inBlock.get(0).blockSize()) {
                        assertThat(inBlock).filteredOn(p -> p.arm() == Arm.COACHED).hasSize(inBlock.size() / 2);
                    }
                });
        assertThat(places).extracting(RevealedAllocation::blockSize).contains(2, 4).containsOnly(2, 4);
    }

    @Test
    void theSameSeedGivesTheSameSequenceAndEachPlaceCanBeComputedAlone() {
        AllocationSeed seed = AllocationSeed.generate();
        List<RevealedAllocation> first = new AllocationSequence(seed, TWOS_AND_FOURS).reveal(SCHEMES.get(0), 60);
        AllocationSequence again = new AllocationSequence(AllocationSeed.fromBase64(seed.toBase64()), TWOS_AND_FOURS);

        assertThat(again.reveal(SCHEMES.get(0), 60)).isEqualTo(first);
        for (RevealedAllocation place : first) {
            assertThat(again.armFor(place.stratum(), place.position())).isEqualTo(place.arm());
        }
    }

    @Test
    void differentSeedsAndDifferentStrataGiveDifferentSequences() {
        AllocationSequence one = new AllocationSequence(AllocationSeed.generate(), TWOS_AND_FOURS);
        AllocationSequence other = new AllocationSequence(AllocationSeed.generate(), TWOS_AND_FOURS);

        assertThat(arms(one.reveal(SCHEMES.get(0), 100))).isNotEqualTo(arms(other.reveal(SCHEMES.get(0), 100)));
        assertThat(arms(one.reveal(SCHEMES.get(0), 100))).isNotEqualTo(arms(one.reveal(SCHEMES.get(1), 100)));
    }

    @Test
    void eachPlaceIsAFairCoinAcrossSeeds() {
        int seeds = 4000;
        int[] coachedAtPlace = new int[4];
        for (long s = 0; s < seeds; s++) {
            List<RevealedAllocation> places = new AllocationSequence(seed(10_000 + s), TWOS_AND_FOURS)
                    .reveal(SCHEMES.get(2), 4);
            for (int i = 0; i < 4; i++) {
                coachedAtPlace[i] += places.get(i).arm() == Arm.COACHED ? 1 : 0;
            }
        }
        for (int coached : coachedAtPlace) {
            double expected = seeds / 2.0;
            double chiSquare = 2 * Math.pow(coached - expected, 2) / expected;
            assertThat(chiSquare).as("chi-square, 1 df, p < 0.001 above 10.83").isLessThan(10.83);
        }
    }

    @Test
    void theDerivationIsFrozenSoRunningProgrammesKeepTheirSequence() {
        // expected strings from src/test/python/allocation_sequence_reference.py, an independent implementation
        AllocationSeed seed = AllocationSeed.fromBytes(java.util.stream.IntStream.range(0, 32)
                .collect(java.io.ByteArrayOutputStream::new, (out, b) -> out.write(b), (a, b) -> { }).toByteArray());
        Stratum harlow = Stratum.ofScheme("HARLOW_COURT");

        assertThat(written(new AllocationSequence(seed, TWOS_AND_FOURS).reveal(harlow, 16))).isEqualTo(
                "1/2/C 1/2/T 2/4/C 2/4/T 2/4/T 2/4/C 3/2/T 3/2/C 4/2/T 4/2/C 5/4/T 5/4/C 5/4/T 5/4/C 6/4/T 6/4/T");
        assertThat(written(new AllocationSequence(seed, RandomisationScheme.of(List.of(3, 6), List.of(2, 1)))
                .reveal(harlow, 16))).isEqualTo(
                "1/3/T 1/3/C 1/3/C 2/6/T 2/6/T 2/6/C 2/6/C 2/6/C 2/6/C 3/3/C 3/3/T 3/3/C 4/3/T 4/3/C 4/3/C 5/6/C");
    }

    private static String written(List<RevealedAllocation> places) {
        return places.stream().map(p -> p.blockNumber() + "/" + p.blockSize() + "/"
                + (p.arm() == Arm.COACHED ? "C" : "T")).collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void aBlockSizeThatCannotHoldTheRatioIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RandomisationScheme.of(List.of(2, 3), List.of(1, 1)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("blockSizes"));
        assertThatThrownBy(() -> RandomisationScheme.of(List.of(4), List.of(2, 1)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).message()).contains("multiple of 3"));
        assertThatThrownBy(() -> RandomisationScheme.of(List.of(4), List.of(0, 1)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("ratio"));
    }

    private static List<Arm> arms(List<RevealedAllocation> places) {
        return places.stream().map(RevealedAllocation::arm).toList();
    }
}
