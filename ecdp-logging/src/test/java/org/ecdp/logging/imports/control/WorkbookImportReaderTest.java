package org.ecdp.logging.imports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecdp.logging.imports.control.WorkbookFixtures.HEADER;
import static org.ecdp.logging.imports.control.WorkbookFixtures.row;
import static org.ecdp.logging.imports.control.WorkbookFixtures.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.ecdp.domain.vocabulary.Channel;
import org.ecdp.domain.vocabulary.Locality;
import org.ecdp.logging.imports.control.UnreadableWorkbook.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookImportReaderTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);

    @TempDir
    Path dir;

    final WorkbookImportReader reader = new WorkbookImportReader(WorkbookFixtures.demoVocabulary(), TODAY);

    @Test
    void readsEverySheetAsItsServiceWithColumnsInAnyOrderAndOthersIgnored() throws Exception {
        Path file = workbook()
                .sheet("Advocacy", List.of("Notes", "summary", "THEME(S)", "Date", "Locality", "Channel", "People"),
                        row("ignored", "Can no longer use own PA to drive to work", "Access to Work; Transport\nDisability hate crime",
                                MARCH_4, "southend-on-sea", "Face to face", 3))
                .sheet("PAYROLL", List.of("Date", "Themes", "Summary"),
                        row(LocalDate.of(2026, 11, 26), "access_to_work", "PA wages late again"))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.rejections()).isEmpty();
        assertThat(reading.importable()).isTrue();
        assertThat(reading.candidates()).hasSize(2);
        CandidateEntry advocacy = reading.candidates().get(0);
        assertThat(advocacy.sheet()).isEqualTo("Advocacy");
        assertThat(advocacy.row()).isEqualTo(2);
        assertThat(advocacy.serviceCode()).isEqualTo("ADVOCACY");
        assertThat(advocacy.occurredOn()).isEqualTo(MARCH_4);
        assertThat(advocacy.themeCodes()).containsExactly("ACCESS_TO_WORK", "TRANSPORT", "HATE_CRIME");
        assertThat(advocacy.summary()).isEqualTo("Can no longer use own PA to drive to work");
        assertThat(advocacy.peopleCount()).isEqualTo(3);
        assertThat(advocacy.channel()).isEqualTo(Channel.FACE_TO_FACE);
        assertThat(advocacy.locality()).isEqualTo(Locality.SOUTHEND);
        CandidateEntry payroll = reading.candidates().get(1);
        assertThat(payroll.serviceCode()).isEqualTo("PAYROLL");
        assertThat(payroll.peopleCount()).as("People defaults to 1").isEqualTo(1);
        assertThat(payroll.channel()).isNull();
        assertThat(payroll.locality()).isNull();
    }

    @Test
    void rowNumbersAreThoseExcelShowsAndBlankRowsAreSkipped() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "Ramp broken"),
                        row(),
                        row(null, null, null, null, null, null),
                        row(MARCH_4, "Transport", ""))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.candidates()).extracting(CandidateEntry::row).containsExactly(2);
        assertThat(reading.rejections()).containsExactly(new RowRejection("Advocacy", 5, "Summary", "The summary is required."));
    }

    @Test
    void dateTypedAsTextIsRejectedNamingTheDateField() throws Exception {
        WorkbookReading reading = readOneRow(row("04/03/2026", "Transport", "Ramp broken", 1, "Phone", "Harlow"));

        assertThat(reading.candidates()).isEmpty();
        assertThat(reading.rejections()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("Date");
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.message()).contains("typed as text", "04/03/2026");
        });
    }

    @Test
    void aNumberThatIsNotFormattedAsADateIsRejected() throws Exception {
        WorkbookReading reading = readOneRow(row(46085, "Transport", "Ramp broken"));

        assertThat(reading.rejections()).extracting(RowRejection::field, RowRejection::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Date", "The cell holds a number, not a date. Format the cell as a date."));
    }

    @Test
    void dateIsRequiredAndNotInTheFuture() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(null, "Transport", "Ramp broken"),
                        row(LocalDate.of(2026, 11, 27), "Transport", "Ramp broken"))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.rejections()).extracting(RowRejection::row, RowRejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Date"), org.assertj.core.groups.Tuple.tuple(3, "Date"));
        assertThat(reading.rejections().get(1).message()).contains("2026-11-27", "future");
    }

    @Test
    void everyThemeMustBeKnownAndOneLive() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport, Buses", "x"),
                        row(MARCH_4, "Blue Badge", "x"),
                        row(MARCH_4, " ; ", "x"),
                        row(MARCH_4, "Blue Badge, disability_hate", "x"))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.rejections()).extracting(RowRejection::row, RowRejection::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Unknown theme 'Buses'."),
                org.assertj.core.groups.Tuple.tuple(3, "Every theme named is retired; at least one live theme is required."),
                org.assertj.core.groups.Tuple.tuple(4, "At least one theme is required."));
        assertThat(reading.candidates()).singleElement().satisfies(c ->
                assertThat(c.themeCodes()).as("a merged code resolves, a retired one is kept beside a live one")
                        .containsExactly("BLUE_BADGE", "HATE_CRIME"));
    }

    @Test
    void summaryHasAtMost2000Characters() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "a".repeat(2000)),
                        row(MARCH_4, "Transport", "a".repeat(2001)))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.candidates()).extracting(CandidateEntry::row).containsExactly(2);
        assertThat(reading.rejections()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("Summary");
            assertThat(r.message()).contains("2001");
        });
    }

    @Test
    void aSummaryWithPersonalDataIsRejectedNamingWhatWasFoundWithoutRepeatingIt() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "Bus ramp broken again on the hospital route"),
                        row(MARCH_4, "Transport", "Mrs Patel says the ramp is broken, call her on 07700 900123"),
                        row(MARCH_4, "Transport", "Wrote to jo.bloggs@example.org about the taxi"))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.candidates()).extracting(CandidateEntry::row).containsExactly(2);
        assertThat(reading.rejections()).extracting(RowRejection::row).containsExactly(3, 4);
        assertThat(reading.rejections()).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo("Summary");
            assertThat(r.message()).contains("personal data").doesNotContain("900123").doesNotContain("jo.bloggs");
        });
        assertThat(reading.rejections().get(0).message()).containsIgnoringCase("phone");
        assertThat(reading.rejections().get(1).message()).containsIgnoringCase("mail");
    }

    @Test
    void peopleIsAWholeNumberOfAtLeastOne() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "x", 0),
                        row(MARCH_4, "Transport", "x", 2.5),
                        row(MARCH_4, "Transport", "x", "two"),
                        row(MARCH_4, "Transport", "x", "4"))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.rejections()).extracting(RowRejection::row, RowRejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "People"),
                org.assertj.core.groups.Tuple.tuple(3, "People"),
                org.assertj.core.groups.Tuple.tuple(4, "People"));
        assertThat(reading.candidates()).singleElement().extracting(CandidateEntry::peopleCount).isEqualTo(4);
    }

    @Test
    void channelAndLocalityAcceptCodeOrLabelAndRefuseAnythingElse() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER,
                        row(MARCH_4, "Transport", "x", 1, "EMAIL", "castle point"),
                        row(MARCH_4, "Transport", "x", 1, "e-mail", "CASTLE_POINT"),
                        row(MARCH_4, "Transport", "x", 1, "Carrier pigeon", "Narnia"))
                .writeTo(dir.resolve("log.xlsx"));

        WorkbookReading reading = reader.read(file);

        assertThat(reading.candidates()).extracting(CandidateEntry::channel, CandidateEntry::locality).containsOnly(
                org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, Locality.CASTLE_POINT));
        assertThat(reading.rejections()).extracting(RowRejection::row, RowRejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "Channel"),
                org.assertj.core.groups.Tuple.tuple(4, "Locality"));
        assertThat(reading.rejections().get(0).message()).contains("Carrier pigeon", "Face to face");
    }

    @Test
    void formulaIsRejectedNamingItsColumn() throws Exception {
        WorkbookReading reading = readOneRow(row("=TODAY()", "Transport", "=\"Ramp \"&\"broken\"", "=1+1"));

        assertThat(reading.candidates()).isEmpty();
        assertThat(reading.rejections()).extracting(RowRejection::field).containsExactly("Date", "Summary", "People");
        assertThat(reading.rejections()).allSatisfy(r -> assertThat(r.message()).contains("formula"));
    }

    @Test
    void formulaInAColumnTheImporterIgnoresDoesNoHarm() throws Exception {
        Path file = workbook().sheet("Advocacy", List.of("Date", "Theme(s)", "Summary", "Running total"),
                        row(MARCH_4, "Transport", "Ramp broken", "=ROW()"))
                .writeTo(dir.resolve("log.xlsx"));

        assertThat(reader.read(file).importable()).isTrue();
    }

    @Test
    void everyProblemOfARowIsListed() throws Exception {
        WorkbookReading reading = readOneRow(row("yesterday", "Nothing", "", -1, "Fax", "Mars"));

        assertThat(reading.rejections()).extracting(RowRejection::field)
                .containsExactly("Date", "Theme(s)", "Summary", "People", "Channel", "Locality");
    }

    @Test
    void csvRenamedAsXlsxIsRefusedAsNotAWorkbook() throws Exception {
        Path csv = Files.writeString(dir.resolve("log.xlsx"), "Date,Theme(s),Summary\n2026-03-04,Transport,Ramp broken\n");

        assertRefused(csv, Reason.NOT_XLSX, "not an Excel workbook");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(Files.write(dir.resolve("log.xlsx"), new byte[0]), Reason.NOT_XLSX, "empty");
    }

    @Test
    void oldXlsRenamedAsXlsxIsRefusedWithAdviceToSaveAsXlsx() throws Exception {
        Path xls = dir.resolve("log.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook().sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "x")).fill(old);
            old.write(out);
        }

        assertRefused(xls, Reason.OLD_XLS_FORMAT, "97-2003");
    }

    @Test
    void passwordProtectedWorkbookIsRefused() throws Exception {
        Path plain = workbook().sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "x")).writeTo(dir.resolve("plain.xlsx"));
        Path locked = WorkbookFixtures.encrypted(plain, dir.resolve("locked.xlsx"));

        assertRefused(locked, Reason.PASSWORD_PROTECTED, "password");
    }

    @Test
    void zipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path plain = workbook().sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "x")).writeTo(dir.resolve("plain.xlsx"));
        Path bomb = WorkbookFixtures.zipBomb(plain, dir.resolve("bomb.xlsx"));
        assertThat(Files.size(bomb)).isLessThan(200_000);

        assertRefused(bomb, Reason.ZIP_BOMB, "zip bomb");
    }

    @Test
    void zipThatIsNotAWorkbookIsRefused() throws Exception {
        Path zip = dir.resolve("photos.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("holiday.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> reader.read(zip)).isInstanceOf(UnreadableWorkbook.class)
                .satisfies(e -> assertThat(((UnreadableWorkbook) e).reason()).isEqualTo(Reason.NOT_XLSX));
    }

    @Test
    void sheetThatIsNoServiceRefusesTheWholeFileNamingTheSheet() throws Exception {
        Path file = workbook()
                .sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "x"))
                .sheet("Instructions", List.of("How to fill this in"))
                .writeTo(dir.resolve("log.xlsx"));

        UnreadableWorkbook refused = assertRefused(file, Reason.UNKNOWN_SERVICE_SHEET, "'Instructions'");
        assertThat(refused.sheet()).contains("Instructions");
    }

    @Test
    void sheetWithoutARequiredColumnRefusesTheWholeFile() throws Exception {
        Path file = workbook().sheet("Information line", List.of("Date", "Summary", "Channel"), row(MARCH_4, "x", "Phone"))
                .writeTo(dir.resolve("log.xlsx"));

        UnreadableWorkbook refused = assertRefused(file, Reason.MISSING_COLUMN, "Theme(s)");
        assertThat(refused.getMessage()).contains("Information line");
    }

    @Test
    void sheetWithNoRowsAtAllIsSkipped() throws Exception {
        Path file = workbook()
                .sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "x"))
                .writeTo(dir.resolve("log.xlsx"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var copy = dir.resolve("with-empty.xlsx");
            wb.createSheet("Payroll");
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
            assertThat(reader.read(copy).candidates()).hasSize(1);
        }
    }

    @Test
    void readingAnUploadStreamGivesTheSameAsReadingTheFile() throws Exception {
        Path file = workbook().sheet("Advocacy", HEADER, row(MARCH_4, "Transport", "x")).writeTo(dir.resolve("log.xlsx"));

        try (InputStream upload = Files.newInputStream(file)) {
            assertThat(reader.read(upload)).isEqualTo(reader.read(file));
        }
    }

    private WorkbookReading readOneRow(List<Object> row) throws Exception {
        return reader.read(workbook().sheet("Advocacy", HEADER, row).writeTo(dir.resolve("one-row.xlsx")));
    }

    private UnreadableWorkbook assertRefused(Path file, Reason reason, String messagePart) {
        UnreadableWorkbook[] caught = new UnreadableWorkbook[1];
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(UnreadableWorkbook.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
                    caught[0] = e;
                });
        return caught[0];
    }
}
