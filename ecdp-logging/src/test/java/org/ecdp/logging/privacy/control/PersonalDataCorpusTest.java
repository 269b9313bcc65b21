package org.ecdp.logging.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.logging.privacy.entity.PersonalDataFinding;
import org.ecdp.logging.privacy.entity.PersonalDataKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the detector on the committed corpus of lived-experience summaries: for each kind,
 * a summary counts as a true positive when the kind is expected and found, a false positive
 * when found but not expected, a false negative when expected and missed.
 */
class PersonalDataCorpusTest {

    static final Clock CORPUS_DAY = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneId.of("Europe/London"));

    record Labelled(String summary, Set<PersonalDataKind> expected) {
    }

    static List<Labelled> corpus;
    static final PersonalDataDetector detector = new PersonalDataDetector(CORPUS_DAY);

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                PersonalDataCorpusTest.class.getResourceAsStream("/privacy/corpus.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                Set<PersonalDataKind> expected = EnumSet.noneOf(PersonalDataKind.class);
                if (!columns[1].equals("-")) {
                    Arrays.stream(columns[1].split(",")).map(String::strip).map(PersonalDataKind::valueOf).forEach(expected::add);
                }
                corpus.add(new Labelled(columns[0], expected));
            }
        }
    }

    static Set<PersonalDataKind> found(String summary) {
        return detector.findIn(summary).stream().map(PersonalDataFinding::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalDataKind.class)));
    }

    @Test
    void corpusIsLargeAndCoversEveryKind() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
        assertThat(corpus.stream().filter(l -> l.expected().isEmpty()).count()).isGreaterThanOrEqualTo(80);
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            assertThat(corpus.stream().filter(l -> l.expected().contains(kind)).count())
                    .as("summaries containing %s", kind).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void noCleanSummaryIsFlagged() {
        List<String> flagged = corpus.stream()
                .filter(l -> l.expected().isEmpty())
                .filter(l -> detector.containsPersonalData(l.summary()))
                .map(l -> l.summary() + " -> " + detector.findIn(l.summary()))
                .toList();
        assertThat(flagged).isEmpty();
    }

    @Test
    void precisionAndRecallPerKindMeetTheGuardsThresholds() {
        Map<PersonalDataKind, int[]> counts = new EnumMap<>(PersonalDataKind.class); // tp, fp, fn
        List<String> mistakes = new ArrayList<>();
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            counts.put(kind, new int[3]);
        }
        for (Labelled labelled : corpus) {
            Set<PersonalDataKind> found = found(labelled.summary());
            for (PersonalDataKind kind : PersonalDataKind.values()) {
                boolean expected = labelled.expected().contains(kind);
                boolean detected = found.contains(kind);
                if (expected && detected) {
                    counts.get(kind)[0]++;
                } else if (detected) {
                    counts.get(kind)[1]++;
                    mistakes.add("false " + kind + ": " + labelled.summary());
                } else if (expected) {
                    counts.get(kind)[2]++;
                    mistakes.add("missed " + kind + ": " + labelled.summary());
                }
            }
        }
        StringBuilder report = new StringBuilder("kind                       tp  fp  fn  precision recall\n");
        counts.forEach((kind, c) -> report.append(String.format("%-26s %3d %3d %3d  %.3f     %.3f%n",
                kind, c[0], c[1], c[2], precision(c), recall(c))));
        System.out.print(report);
        mistakes.forEach(System.out::println);

        counts.forEach((kind, c) -> {
            assertThat(recall(c)).as("recall of %s%n%s%s", kind, report, mistakes).isGreaterThanOrEqualTo(0.95);
            assertThat(precision(c)).as("precision of %s%n%s%s", kind, report, mistakes).isGreaterThanOrEqualTo(0.90);
        });
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }
}
