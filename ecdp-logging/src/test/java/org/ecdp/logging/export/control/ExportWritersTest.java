package org.ecdp.logging.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportWritersTest {

    static final ExportRow QUOTED = new ExportRow(7, "ADVOCACY", LocalDate.of(2026, 3, 4), "ACCESS_TO_WORK;TRANSPORT",
            "Said \"no\", then rang back\nnext day", 2, "PHONE", "CHELMSFORD", "");

    @Test
    void csvQuotesCommasQuotesAndLineBreaksSoEveryEntryStaysOneRecord() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriter.Format.CSV.open(out)) {
            writer.write(QUOTED);
            writer.finish();
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,service,occurredOn,themes,summary,peopleCount,channel,locality,impairmentGroup\r\n");
        assertThat(csv).endsWith("7,ADVOCACY,2026-03-04,ACCESS_TO_WORK;TRANSPORT,\"Said \"\"no\"\", then rang back\nnext day\",2,PHONE,CHELMSFORD,\r\n");
    }

    @Test
    void csvNeverLetsASummaryRunAsASpreadsheetFormula() {
        assertThat(CsvExportWriter.defused("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExportWriter.defused("+44 is not a formula")).startsWith("'");
        assertThat(CsvExportWriter.defused("Bus ramp broken")).isEqualTo("Bus ramp broken");
    }

    @Test
    void xlsxHasTheHeaderARealDateAndNumbersNoAuthorOrPersonReference() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriter.Format.XLSX.open(out)) {
            writer.write(QUOTED);
            writer.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("summary");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) ExportRow.HEADER.size());
            assertThat(ExportRow.HEADER).doesNotContain("author", "personRef");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(QUOTED.summary());
        }
    }
}
