package org.ecdp.logging.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.logging.imports.control.WorkbookFixtures.HEADER;
import static org.ecdp.logging.imports.control.WorkbookFixtures.row;
import static org.ecdp.logging.imports.control.WorkbookFixtures.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Importing the same file again adds nothing", as the boundary will see it through fingerprints. */
class ImportFingerprintTest {

    static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);
    static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dir;

    final WorkbookImportReader reader = new WorkbookImportReader(WorkbookFixtures.demoVocabulary(), WorkbookImportReaderTest.TODAY);

    @Test
    void readingTheSameWorkbookTwiceGivesTheSameFingerprints() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "Ramp broken", 1, "Phone", "Harlow"),
                        row(MARCH_5, "Access to Work", "Award late"))
                .writeTo(dir.resolve("log.xlsx"));

        assertThat(fingerprints(file)).isEqualTo(fingerprints(file)).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void rowsAddedOrReorderedAroundAnImportedRowDoNotChangeItsFingerprint() throws Exception {
        Path first = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "Ramp broken"),
                        row(MARCH_5, "Access to Work", "Award late"))
                .writeTo(dir.resolve("first.xlsx"));
        Path tidied = workbook().sheet("ADVOCACY", HEADER,
                        row(MARCH_5, "access_to_work", "Award late"),
                        row(MARCH_5, "Transport", "A new conversation"),
                        row(MARCH_4, "Transport", "  ramp   BROKEN "))
                .writeTo(dir.resolve("tidied.xlsx"));

        List<String> before = fingerprints(first);
        List<String> after = fingerprints(tidied);

        assertThat(after).containsAll(before).hasSize(3);
    }

    @Test
    void identicalRowsAreTwoConversationsWithTwoFingerprints() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "Ramp broken"),
                        row(MARCH_4, "Transport", "Ramp broken"))
                .writeTo(dir.resolve("log.xlsx"));

        assertThat(fingerprints(file)).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void theSameWordsLoggedByAnotherServiceOrOnAnotherDayAreAnotherEntry() throws Exception {
        Path file = workbook()
                .sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "Ramp broken"), row(MARCH_5, "Transport", "Ramp broken"))
                .sheet("Payroll", HEADER, row(MARCH_4, "Transport", "Ramp broken"))
                .writeTo(dir.resolve("log.xlsx"));

        assertThat(fingerprints(file)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void themeOrderDoesNotMatterButPeopleCountDoes() {
        String hash = ImportFingerprint.contentHash("ADVOCACY", MARCH_4, List.of("TRANSPORT", "HATE_CRIME"), "x", 1, null, null);

        assertThat(ImportFingerprint.contentHash("ADVOCACY", MARCH_4, List.of("HATE_CRIME", "TRANSPORT"), "X ", 1, null, null))
                .isEqualTo(hash);
        assertThat(ImportFingerprint.contentHash("ADVOCACY", MARCH_4, List.of("HATE_CRIME", "TRANSPORT"), "x", 2, null, null))
                .isNotEqualTo(hash);
        assertThat(ImportFingerprint.of(hash, 1)).hasSize(64).isNotEqualTo(ImportFingerprint.of(hash, 2));
    }

    private List<String> fingerprints(Path file) {
        WorkbookReading reading = reader.read(file);
        assertThat(reading.rejections()).isEmpty();
        return reading.candidates().stream().map(CandidateEntry::fingerprint).toList();
    }
}
