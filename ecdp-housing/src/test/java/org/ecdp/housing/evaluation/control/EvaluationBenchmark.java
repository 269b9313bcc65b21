package org.ecdp.housing.evaluation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark: the evaluation over 10,000 participants × 4 timepoints (goal under
 * 200 ms on the server). Input is the 40,000 outcome rows as the database would return them;
 * the work is pairing each follow-up with its baseline, then the comparison and the minimal
 * important change at M3, M6 and M12. Run from the repository root:
 * <pre>
 * mvn -B -q -o -pl ecdp-housing -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd ecdp-housing &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.openjdk.jmh.Main Benchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {

    /** One stored outcome: participant index, timepoint (0 = BASELINE, 1-3 = M3, M6, M12), score or null. */
    record OutcomeRow(int participant, int timepoint, Double score) {
    }

    private static final int PARTICIPANTS = 10_000;

    private Arm[] arms;
    private boolean[] withdrawn;
    private List<OutcomeRow> rows;

    @Setup
    public void enrolAndMeasure() {
        Random random = new Random(42);
        arms = new Arm[PARTICIPANTS];
        withdrawn = new boolean[PARTICIPANTS];
        rows = new ArrayList<>(PARTICIPANTS * 4);
        for (int p = 0; p < PARTICIPANTS; p++) {
            arms[p] = random.nextBoolean() ? Arm.COACHED : Arm.CONTROL;
            withdrawn[p] = random.nextDouble() < 0.08;
            double baseline = Math.round(Math.min(50, Math.max(10, 29 + 6 * random.nextGaussian())));
            rows.add(new OutcomeRow(p, 0, baseline));
            for (int t = 1; t <= 3; t++) {
                double followUp = Math.round(Math.min(50, Math.max(10, 0.6 * baseline + 12
                        + (arms[p] == Arm.COACHED ? t : 0) + 5 * random.nextGaussian())));
                rows.add(new OutcomeRow(p, t, random.nextDouble() < 0.12 * t ? null : followUp));
            }
        }
    }

    @Benchmark
    public void evaluateEveryTimepoint(Blackhole blackhole) {
        double[] baseline = new double[PARTICIPANTS];
        List<List<ParticipantOutcome>> byTimepoint = List.of(
                new ArrayList<>(PARTICIPANTS), new ArrayList<>(PARTICIPANTS), new ArrayList<>(PARTICIPANTS));
        for (OutcomeRow row : rows) {
            if (row.timepoint() == 0) {
                baseline[row.participant()] = row.score();
            }
        }
        for (OutcomeRow row : rows) {
            if (row.timepoint() > 0) {
                byTimepoint.get(row.timepoint() - 1).add(new ParticipantOutcome(arms[row.participant()],
                        baseline[row.participant()], row.score(), withdrawn[row.participant()]));
            }
        }
        for (List<ParticipantOutcome> participants : byTimepoint) {
            blackhole.consume(ContinuousOutcomeComparison.evaluate(participants).toJson());
            blackhole.consume(ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 3, true));
        }
    }
}
