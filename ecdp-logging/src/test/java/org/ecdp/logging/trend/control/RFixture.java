package org.ecdp.logging.trend.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV written by src/test/r/make-detection-fixtures.R or make-offset-fixtures.R; "NA" is R's missing value. */
record RFixture(List<Map<String, String>> rows) {

    static RFixture read(String name) {
        String resource = "/detection/" + name;
        try (InputStream in = RFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return new RFixture(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long[] series(String name) {
        return read("series-" + name + ".csv").rows().stream().mapToLong(row -> Long.parseLong(row.get("count")))
                .toArray();
    }

    /** A theme's weekly counts and the scope's volume from src/test/r/make-offset-fixtures.R: {counts, volume}. */
    static long[][] seriesWithVolume(String name) {
        List<Map<String, String>> rows = read("series-offset-" + name + ".csv").rows();
        return new long[][] {rows.stream().mapToLong(row -> Long.parseLong(row.get("count"))).toArray(),
            rows.stream().mapToLong(row -> Long.parseLong(row.get("volume"))).toArray()};
    }

    static boolean isMissing(String cell) {
        return cell == null || cell.equals("NA");
    }

    static double number(String cell) {
        return switch (cell) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(cell);
        };
    }

    static String describe(long[] counts) {
        return Arrays.toString(counts);
    }
}
