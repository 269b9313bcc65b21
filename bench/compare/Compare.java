import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.control.ContinuousOutcomeComparison;
import org.ecdp.housing.evaluation.entity.Evaluation;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;
import org.ecdp.logging.trend.control.EarsDetector;
import org.ecdp.logging.trend.control.FarringtonFlexibleDetector;
import org.ecdp.logging.trend.entity.Detection;
import org.ecdp.mentoring.matching.control.AssignmentSolver;

/**
 * The portal's half of bench/compare.sh: runs the portal's own detectors, assignment solver and
 * trial statistics on the inputs the script generated, each timed as best of N after a warm-up
 * (wall and this thread's CPU), and writes the answers and times next to the inputs for the
 * script's equality check.
 *
 * <p>Usage: {@code java Compare <dir> <farrington weeks judged per theme> <rounds>}
 */
public final class Compare {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<String, double[]> TIMES = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        Path dir = Path.of(args[0]);
        int judged = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<long[]> daily = rows(dir.resolve("daily.csv"));
        List<long[]> weekly = rows(dir.resolve("weekly.csv"));

        Map<String, EarsDetector> ears = new LinkedHashMap<>();
        ears.put("c1", EarsDetector.c1(7, 0.001, 0.5));
        ears.put("c2", EarsDetector.c2(7, 0.001, 0.5));
        ears.put("c3", EarsDetector.c3(7, 0.025, 0.5));
        List<Map<String, List<Detection>>> earsAnswers = time("ears", rounds, () -> {
            List<Map<String, List<Detection>>> all = new ArrayList<>();
            for (long[] counts : daily) {
                Map<String, List<Detection>> byVariant = new LinkedHashMap<>();
                ears.forEach((name, detector) -> byVariant.put(name, detector.detect(counts)));
                all.add(byVariant);
            }
            return all;
        });
        for (String variant : ears.keySet()) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("java-ears-" + variant + ".csv")))) {
                out.println("theme,period,upperbound,alarm");
                for (int theme = 0; theme < earsAnswers.size(); theme++) {
                    for (Detection d : earsAnswers.get(theme).get(variant)) {
                        out.printf("%d,%d,%.17g,%s%n", theme, d.period(), d.upperBound(), d.alarm() ? "TRUE" : "FALSE");
                    }
                }
            }
        }

        FarringtonFlexibleDetector farrington = FarringtonFlexibleDetector.noufaily();
        List<List<Detection>> weeks = time("farrington", rounds, () -> {
            List<List<Detection>> all = new ArrayList<>();
            for (long[] counts : weekly) {
                all.add(farrington.detect(counts, counts.length - judged));
            }
            return all;
        });
        writeFarrington(dir.resolve("java-farrington.csv"), weeks);

        // Farrington with a volume offset, once the detector has it (detect(counts, volume, first))
        Method withVolume = null;
        try {
            withVolume = FarringtonFlexibleDetector.class.getMethod("detect", long[].class, long[].class, int.class);
        } catch (NoSuchMethodException notYet) {
            System.out.println("Farrington with a volume offset: not in this build yet");
        }
        if (withVolume != null) {
            Method detect = withVolume;
            long[] volume = rows(dir.resolve("volume.csv")).get(0);
            List<List<Detection>> adjusted = time("farrington-offset", rounds, () -> {
                List<List<Detection>> all = new ArrayList<>();
                for (long[] counts : weekly) {
                    all.add(invoke(detect, farrington, counts, volume, counts.length - judged));
                }
                return all;
            });
            writeFarrington(dir.resolve("java-farrington-offset.csv"), adjusted);
        }

        int[][] scores = rows(dir.resolve("scores.csv")).stream()
                .map(row -> Arrays.stream(row).mapToInt(Math::toIntExact).toArray()).toArray(int[][]::new);
        int[] places = Arrays.stream(rows(dir.resolve("places.csv")).get(0)).mapToInt(Math::toIntExact).toArray();
        int[] assigned = time("matching", rounds, () -> AssignmentSolver.AUGMENTING_PATHS.solve(scores, places));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("java-matching.csv")))) {
            out.println("request,volunteer");
            for (int r = 0; r < assigned.length; r++) {
                out.printf("%d,%d%n", r, assigned[r]);
            }
        }

        Map<String, List<ParticipantOutcome>> timepoints = outcomes(dir.resolve("outcomes.csv"));
        Map<String, Evaluation> evaluations = time("evaluation", rounds, () -> {
            Map<String, Evaluation> all = new LinkedHashMap<>();
            timepoints.forEach((timepoint, participants) -> all.put(timepoint, ContinuousOutcomeComparison.evaluate(participants)));
            return all;
        });
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("java-evaluation.csv")))) {
            out.println("timepoint,statistic,value");
            evaluations.forEach((timepoint, e) -> {
                Map<String, Double> values = new LinkedHashMap<>();
                values.put("ancova.effect", e.ancova().effect());
                values.put("ancova.se", e.ancova().se());
                values.put("ancova.lower", e.ancova().ci().lower());
                values.put("ancova.upper", e.ancova().ci().upper());
                values.put("ancova.p", e.ancova().p());
                values.put("welch.difference", e.welch().difference());
                values.put("welch.t", e.welch().t());
                values.put("welch.df", e.welch().df());
                values.put("welch.lower", e.welch().ci().lower());
                values.put("welch.upper", e.welch().ci().upper());
                values.put("welch.p", e.welch().p());
                values.put("hedges.g", e.hedgesG().g());
                values.put("hedges.lower", e.hedgesG().ci().lower());
                values.put("hedges.upper", e.hedgesG().ci().upper());
                values.forEach((name, value) -> out.printf("%s,%s,%.17g%n", timepoint, name, value));
            });
        }

        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("java-times.csv")))) {
            TIMES.forEach((name, t) -> out.printf("%s,%.1f,%.1f%n", name, t[0], t[1]));
        }
    }

    private static void writeFarrington(Path file, List<List<Detection>> weeks) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("theme,period,expected,upperbound,alarm");
            for (int theme = 0; theme < weeks.size(); theme++) {
                for (Detection d : weeks.get(theme)) {
                    out.printf("%d,%d,%.17g,%.17g,%s%n", theme, d.period(), d.expected(), d.upperBound(),
                            d.alarm() ? "TRUE" : "FALSE");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Detection> invoke(Method detect, FarringtonFlexibleDetector detector, long[] counts, long[] volume,
            int first) {
        try {
            return (List<Detection>) detect.invoke(detector, counts, volume, first);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the work twice to warm up, then {@code rounds} times; keeps the best wall and CPU times. */
    private static <T> T time(String name, int rounds, Supplier<T> work) {
        T answer = null;
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int round = -2; round < rounds; round++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            answer = work.get();
            if (round >= 0) {
                bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e6);
                bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
        TIMES.put(name, new double[] {bestWall, bestCpu});
        return answer;
    }

    private static List<long[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split(",")).mapToLong(Long::parseLong).toArray()).toList();
    }

    /** One list of participants per follow-up timepoint, each with their baseline score. */
    private static Map<String, List<ParticipantOutcome>> outcomes(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        Map<String, List<ParticipantOutcome>> byTimepoint = new LinkedHashMap<>();
        for (int column = 3; column < header.length; column++) {
            List<ParticipantOutcome> participants = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Arm arm = "1".equals(cells[0]) ? Arm.COACHED : Arm.CONTROL;
                Double followUp = cells[column].isEmpty() ? null : Double.valueOf(cells[column]);
                participants.add(new ParticipantOutcome(arm, Double.parseDouble(cells[2]), followUp, "1".equals(cells[1])));
            }
            byTimepoint.put(header[column], participants);
        }
        return byTimepoint;
    }
}
