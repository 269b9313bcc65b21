package org.ecdp.logging.trend.control;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
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
 * The detection algorithms alone, on seeded Poisson series shaped like the portal's:
 * the nightly Farrington scan (60 themes, each judged on its latest week after four
 * years of weekly history), every judgeable week of 60 themes over five years (the trend
 * chart), and C2 over 200 themes × five years of working days.
 *
 * <p>Run: {@code mvn -B -o -pl ecdp-logging -am test-compile} then
 * {@code mvn -B -o -pl ecdp-logging exec:exec -Dbenchmark=DetectionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectionBenchmark {

    private long[][] weeklyFourYears;
    private long[][] weeklyFiveYears;
    private long[][] workingDaysFiveYears;
    private final FarringtonFlexibleDetector farrington = FarringtonFlexibleDetector.noufaily();
    private final EarsDetector c2 = EarsDetector.c2(7, 0.001, 0.5);

    @Setup
    public void makeSeries() {
        Well19937c random = new Well19937c(20261126);
        weeklyFourYears = new long[60][];
        weeklyFiveYears = new long[60][];
        for (int theme = 0; theme < 60; theme++) {
            double level = 0.5 + theme % 12;
            weeklyFourYears[theme] = seasonal(random, 208, level);
            weeklyFiveYears[theme] = seasonal(random, 260, level);
        }
        workingDaysFiveYears = new long[200][];
        for (int theme = 0; theme < 200; theme++) {
            workingDaysFiveYears[theme] = seasonal(random, 1300, 0.2 + theme % 5);
        }
    }

    private static long[] seasonal(Well19937c random, int length, double level) {
        long[] counts = new long[length];
        for (int t = 0; t < length; t++) {
            double mean = level * Math.exp(0.4 * Math.sin(2 * Math.PI * t / 52.0));
            counts[t] = new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return counts;
    }

    @Benchmark
    public void farringtonNightlyLatestWeek60Themes(Blackhole sink) {
        for (long[] counts : weeklyFourYears) {
            sink.consume(farrington.detect(counts, counts.length - 1));
        }
    }

    @Benchmark
    public void farringtonAllWeeks60ThemesFiveYears(Blackhole sink) {
        for (long[] counts : weeklyFiveYears) {
            sink.consume(farrington.detect(counts));
        }
    }

    @Benchmark
    public void earsC2AllWorkingDays200ThemesFiveYears(Blackhole sink) {
        for (long[] counts : workingDaysFiveYears) {
            sink.consume(c2.detect(counts));
        }
    }
}
