package org.ecdp.logging.trend.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Java half of the R comparison (see src/test/r/time-detection-in-r.R): times
 * Farrington over every judgeable week and C2 over every working day of the series R was
 * timed on, after a warm-up, best of five.
 */
public final class DetectionTiming {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/detection-timing");
        List<long[]> weekly = read(dir.resolve("weekly.csv"));
        List<long[]> daily = read(dir.resolve("daily.csv"));
        FarringtonFlexibleDetector farrington = FarringtonFlexibleDetector.noufaily();
        EarsDetector c2 = EarsDetector.c2(7, 0.001, 0.5);
        double bestFarrington = Double.MAX_VALUE;
        double bestC2 = Double.MAX_VALUE;
        int weeks = 0;
        int days = 0;
        for (int round = 0; round < 7; round++) {
            long start = System.nanoTime();
            weeks = 0;
            for (long[] counts : weekly) {
                weeks += farrington.detect(counts).size();
            }
            long middle = System.nanoTime();
            days = 0;
            for (long[] counts : daily) {
                days += c2.detect(counts).size();
            }
            long end = System.nanoTime();
            if (round >= 2) {
                bestFarrington = Math.min(bestFarrington, (middle - start) / 1e6);
                bestC2 = Math.min(bestC2, (end - middle) / 1e6);
            }
        }
        System.out.printf("Java Farrington: %d weeks judged in %.0f ms (%.3f ms/week)%n", weeks, bestFarrington,
                bestFarrington / weeks);
        System.out.printf("Java EARS C2: %d working days judged in %.1f ms%n", days, bestC2);
    }

    private static List<long[]> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split(",")).mapToLong(Long::parseLong).toArray()).toList();
    }
}
