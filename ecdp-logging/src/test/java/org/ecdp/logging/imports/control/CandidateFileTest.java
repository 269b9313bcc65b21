package org.ecdp.logging.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.logging.imports.control.WorkbookFixtures.HEADER;
import static org.ecdp.logging.imports.control.WorkbookFixtures.row;
import static org.ecdp.logging.imports.control.WorkbookFixtures.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import writes exactly the rows its check accepted, read back from the temporary file, which then goes. */
class CandidateFileTest {

    @TempDir
    Path dir;

    @Test
    void givesBackEveryCheckedRowAsReadInOrderAndDeletesItsFileOnClose() throws Exception {
        Path workbook = workbook().sheet("Advocacy", HEADER,
                        row(LocalDate.of(2026, 3, 4), "Transport; Access to Work", "Ramp broken – café step, “again”", 3, "Phone", "Harlow"),
                        row(LocalDate.of(2026, 3, 5), "Access to Work", "Award late"),
                        row(LocalDate.of(2026, 3, 5), "Access to Work", "x".repeat(2000), 1, "", ""))
                .writeTo(dir.resolve("log.xlsx"));
        List<CandidateEntry> checked = new WorkbookImportReader(WorkbookFixtures.demoVocabulary(), WorkbookImportReaderTest.TODAY)
                .read(workbook).candidates();
        assertThat(checked).hasSize(3);

        List<CandidateEntry> back = new ArrayList<>();
        Path file;
        try (CandidateFile kept = new CandidateFile()) {
            checked.forEach(kept::add);
            kept.forEach(back::add);
            file = kept.path();
            assertThat(file).exists();
            assertThat(kept.size()).isEqualTo(3);
        }

        assertThat(back).isEqualTo(checked);
        assertThat(file).doesNotExist();
    }

    @Test
    void keepsEmptyChannelAndLocalityEmptyAndEveryCodeExact() {
        CandidateEntry none = new CandidateEntry("Payroll", 7, "PAYROLL", LocalDate.of(2025, 1, 31), List.of("TRANSPORT"),
                "Late again", 1, null, null, "f".repeat(64));
        CandidateEntry all = new CandidateEntry("Payroll", 8, "PAYROLL", LocalDate.of(2025, 2, 1), List.of("TRANSPORT", "BENEFITS"),
                "Late", 12, Channel.values()[Channel.values().length - 1], Locality.values()[Locality.values().length - 1], "e".repeat(64));
        List<CandidateEntry> back = new ArrayList<>();
        try (CandidateFile kept = new CandidateFile()) {
            kept.add(none);
            kept.add(all);
            kept.forEach(back::add);
        }
        assertThat(back).containsExactly(none, all);
    }

    @Test
    void givesBackByDateEarliestFirstAndTheSameDayInTheOrderAdded() {
        List<CandidateEntry> added = new ArrayList<>();
        LocalDate[] dates = {LocalDate.of(2025, 3, 1), LocalDate.of(1969, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1),
            LocalDate.of(1970, 1, 1), LocalDate.of(2025, 1, 1)};
        for (int i = 0; i < 3000; i++) {
            added.add(new CandidateEntry("Payroll", i + 2, "PAYROLL", dates[i % dates.length].plusDays(i % 7), List.of("TRANSPORT"),
                    "Row " + i + " " + "x".repeat(i % 300), 1, null, null, Integer.toHexString(i)));
        }
        List<CandidateEntry> back = new ArrayList<>();
        try (CandidateFile kept = new CandidateFile()) {
            added.forEach(kept::add);
            kept.forEachByDate(back::add);
        }
        List<CandidateEntry> expected = new ArrayList<>(added);
        expected.sort(java.util.Comparator.comparing(CandidateEntry::occurredOn)); // stable: the same day keeps its order
        assertThat(back).containsExactlyElementsOf(expected);
    }
}
