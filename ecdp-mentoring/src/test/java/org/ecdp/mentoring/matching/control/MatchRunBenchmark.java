package org.ecdp.mentoring.matching.control;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ecdp.mentoring.matching.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.matching.entity.MatchingContext;
import org.ecdp.mentoring.matching.entity.VolunteerProfile;
import org.ecdp.mentoring.matching.entity.WaitingRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full match run, and scoring alone versus solving alone, on seeded random requests and
 * volunteers (capacities 1-3). Run it with the command in ecdp-mentoring/pom.xml (benchmark profile).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class MatchRunBenchmark {

    /** requests x volunteers */
    @Param({"300x134", "2000x1000"})
    public String size;

    @Param({"AUGMENTING_PATHS", "JGRAPHT_MIN_COST_FLOW"})
    public AssignmentSolver solver;

    private List<WaitingRequest> requests;
    private List<VolunteerProfile> volunteers;
    private Matchmaker matchmaker;
    private final MatchingContext context = MatchingContext.on(Fixtures.TODAY);
    private PairScores scores;

    @Setup(Level.Trial)
    public void generate() {
        String[] parts = size.split("x");
        RandomInstances random = new RandomInstances(2026);
        matchmaker = new Matchmaker(MatchWeights.DEFAULTS, solver);
        requests = random.requests(Integer.parseInt(parts[0]));
        volunteers = random.volunteers(Integer.parseInt(parts[1]), 3);
        scores = matchmaker.scoreAll(requests, volunteers, context);
    }

    @Benchmark
    public MatchRun fullRun() {
        return matchmaker.run(requests, volunteers, context);
    }

    @Benchmark
    public PairScores scoringOnly() {
        return matchmaker.scoreAll(requests, volunteers, context);
    }

    @Benchmark
    public int[] solvingOnly() {
        return solver.solve(scores.cents, scores.freePlaces);
    }
}
