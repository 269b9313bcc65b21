package org.ecdp.housing.allocation.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ecdp.housing.allocation.entity.Allocation;
import org.ecdp.housing.allocation.entity.AllocationSeed;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.RandomisationScheme;
import org.ecdp.housing.allocation.entity.Stratum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The randomiser's share of enrolling 1,000 participants (four schemes), and checking the
 * resulting chain with the seed; the database and HTTP costs of the real enrolment are not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RandomisationBenchmark {

    private final RandomisationScheme scheme = RandomisationScheme.of(List.of(2, 4), List.of(1, 1));
    private final AllocationSeed seed = AllocationSeed.generate();
    private final List<Stratum> schemes = List.of(Stratum.ofScheme("A"), Stratum.ofScheme("B"),
            Stratum.ofScheme("C"), Stratum.ofScheme("D"));

    @Benchmark
    public List<Allocation> randomiseThousandParticipants() {
        Randomiser randomiser = new Randomiser(scheme, seed);
        Map<Stratum, Integer> counts = new HashMap<>();
        List<Allocation> chain = new ArrayList<>(1000);
        ChainHead head = ChainHead.GENESIS;
        Instant at = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < 1000; i++) {
            Stratum stratum = schemes.get(i % 4);
            Allocation allocation = randomiser.randomise(head, stratum, counts.getOrDefault(stratum, 0),
                    "P-" + i, at.plusSeconds(i));
            counts.merge(stratum, 1, Integer::sum);
            chain.add(allocation);
            head = allocation.head();
        }
        return chain;
    }

    /** The worst case for one enrolment: the place is found by walking the stratum's block sizes. */
    @Benchmark
    public Allocation randomiseTheTenThousandthOfAStratum() {
        return new Randomiser(scheme, seed).randomise(ChainHead.GENESIS, schemes.get(0), 9_999, "P-10000",
                Instant.parse("2026-01-05T10:00:00Z"));
    }

    @Benchmark
    public Object randomiseThousandAndVerifyWithTheSeed() {
        return AllocationChainVerifier.verify(randomiseThousandParticipants(), new AllocationSequence(seed, scheme));
    }
}
