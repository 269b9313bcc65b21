package org.ecdp.housing.evaluation.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.housing.allocation.entity.Arm;
import org.ecdp.housing.evaluation.entity.BinaryOutcome;
import org.ecdp.housing.evaluation.entity.ParticipantOutcome;

/** Reads the fixtures written by src/test/python/make_evaluation_fixtures.py. */
final class GoldenFixtures {

    private GoldenFixtures() {
    }

    static List<ParticipantOutcome> participants(String dataset) {
        List<ParticipantOutcome> participants = new ArrayList<>();
        for (String[] row : rows(dataset + ".participants.csv")) {
            participants.add(new ParticipantOutcome(Arm.valueOf(row[0]), Double.parseDouble(row[1]),
                    row[2].isEmpty() ? null : Double.valueOf(row[2]), Boolean.parseBoolean(row[3])));
        }
        return participants;
    }

    static List<BinaryOutcome> binaryOutcomes(String dataset) {
        List<BinaryOutcome> participants = new ArrayList<>();
        for (String[] row : rows(dataset + ".binary.csv")) {
            participants.add(new BinaryOutcome(Arm.valueOf(row[0]),
                    row[1].isEmpty() ? null : Boolean.valueOf(row[1]), Boolean.parseBoolean(row[2])));
        }
        return participants;
    }

    static Map<String, Double> expected(String dataset) {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String[] row : rows(dataset + ".expected.csv")) {
            expected.put(row[0], row[1].isEmpty() ? Double.NaN : Double.parseDouble(row[1]));
        }
        return expected;
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = GoldenFixtures.class.getResourceAsStream("/evaluation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + file + ": run make_evaluation_fixtures.py");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
