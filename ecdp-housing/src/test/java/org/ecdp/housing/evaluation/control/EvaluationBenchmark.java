package org.ecdp.housing.evaluation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BaselineTable;
import org.ecdp.housing.evaluation.entity.BinaryComparison;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.Evaluation;
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
    private static final List<String> SCHEMES = List.of("HARLOW_COURT", "COLCHESTER_MEWS", "BASILDON_HOUSE", "CHELMSFORD_LODGE");

    private Arm[] arms;
    private boolean[] withdrawn;
    private List<OutcomeRow> rows;
    private List<BinaryOutcome> movedOn;
    private List<BinaryOutcome> sustained;
    private String[] schemes;

    @Setup
    public void enrolAndMeasure() {
        Random random = new Random(42);
        arms = new Arm[PARTICIPANTS];
        withdrawn = new boolean[PARTICIPANTS];
        rows = new ArrayList<>(PARTICIPANTS * 4);
        movedOn = new ArrayList<>(PARTICIPANTS);
        sustained = new ArrayList<>(PARTICIPANTS);
        schemes = new String[PARTICIPANTS];
        for (int p = 0; p < PARTICIPANTS; p++) {
            arms[p] = random.nextBoolean() ? Arm.COACHED : Arm.CONTROL;
            withdrawn[p] = random.nextDouble() < 0.08;
            double baseline = Math.round(Math.min(50, Math.max(10, 29 + 6 * random.nextGaussian())));
            rows.add(new OutcomeRow(p, 0, baseline));
            schemes[p] = SCHEMES.get(random.nextInt(SCHEMES.size()));
            double pMoved = arms[p] == Arm.COACHED ? 0.3 : 0.2;
            movedOn.add(new BinaryOutcome(arms[p], random.nextDouble() < 0.1 ? null : random.nextDouble() < pMoved, withdrawn[p]));
            sustained.add(new BinaryOutcome(arms[p], random.nextDouble() < 0.1 ? null : random.nextDouble() < 0.8, withdrawn[p]));
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
            blackhole.consume(ReportJson.json(ContinuousOutcomeComparison.evaluate(participants)));
            blackhole.consume(ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 3, true));
        }
    }

    /**
     * Everything the evaluation page and the evaluation JSON compute in memory since the baseline
     * table, yes/no outcomes and publication view were added: per follow-up the comparison and
     * minimal important change, plus the baseline table by arm (scheme and band counts), both
     * yes/no comparisons, and the publication view's suppression over all of it.
     */
    @Benchmark
    public void evaluateEveryTimepointWithBaselineYesNoAndPublication(Blackhole blackhole) {
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
        List<BaselineTables.Row> baselineRows = new ArrayList<>(PARTICIPANTS);
        for (int p = 0; p < PARTICIPANTS; p++) {
            baselineRows.add(new BaselineTables.Row(arms[p], schemes[p], baseline[p] < 25 ? "B1" : baseline[p] < 35 ? "B2" : "B3",
                    Map.of("HOME_WELLBEING", baseline[p])));
        }
        BaselineTable table = BaselineTables.of(baselineRows, List.of("HOME_WELLBEING"), SCHEMES,
                Map.of("B1", "below 25", "B2", "25 to under 35", "B3", "35 and above"));
        for (List<ParticipantOutcome> participants : byTimepoint) {
            Evaluation evaluation = ContinuousOutcomeComparison.evaluate(participants);
            blackhole.consume(ReportJson.published(evaluation, table));
            blackhole.consume(ContinuousOutcomeComparison.reachingMinimalImportantChange(participants, 3, true));
        }
        for (List<BinaryOutcome> outcomes : List.of(movedOn, sustained)) {
            BinaryComparison comparison = BinaryOutcomeComparison.compare(outcomes);
            blackhole.consume(ReportJson.json(comparison, PublicationSuppression.forPublication(comparison)));
        }
    }
}
