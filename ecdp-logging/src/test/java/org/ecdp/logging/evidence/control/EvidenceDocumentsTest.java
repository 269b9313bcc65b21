package org.ecdp.logging.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.ecdp.logging.evidence.entity.SuppressedTable;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.logging.evidence.entity.EvidencePack;
import org.junit.jupiter.api.Test;

class EvidenceDocumentsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 5);

    @Test
    void theSpreadsheetHoldsCountsAsNumbersDatesAsDatesAndSuppressedCountsAsText() throws Exception {
        EvidencePack pack = pack(true, 12);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(EvidenceDocuments.xlsx(pack)))) {
            Sheet services = wb.getSheet("By service");
            assertThat(services.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(services.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(40);
            assertThat(services.getRow(2).getCell(1).getStringCellValue()).isEqualTo("<10");
            Sheet weekly = wb.getSheet("Weekly");
            assertThat(weekly.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
            assertThat(weekly.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wb.getSheet("Quotes").getRow(0).getCell(0).getStringCellValue()).contains("ramp");
        }
    }

    @Test
    void theFileNameSaysWhichThemesAndDates() {
        assertThat(pack(false, 3).fileName("xlsx")).isEqualTo("evidence-transport-access-to-work-2026-10-05-to-2026-10-25.xlsx");
    }

    @Test
    void thePdfKeepsTheWeeklyHeadingOnThePageOfItsChartAndDescribesTheChartInWords() throws Exception {
        for (int weeks : new int[] {9, 53}) {
            byte[] pdf = EvidenceDocuments.pdf(pack(false, weeks));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/evidence-" + weeks + "-weeks.pdf"), pdf);
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            int headingPage = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                if (text.getTextFromPage(page).contains("Week by week")) {
                    headingPage = page;
                }
            }
            assertThat(headingPage).as("the weekly heading is printed").isPositive();
            assertThat(text.getTextFromPage(headingPage)).as("the chart's description follows the heading on its page")
                    .contains("Entries per week from 2026-10-05");
            reader.close();
        }
    }

    private static EvidencePack pack(boolean external, int weekCount) {
        long[][] cells = {{40, 52}, {3, 3}, {25, 30}};
        SuppressedTable table = external ? SmallCellSuppression.suppress(cells, 2) : SmallCellSuppression.suppress(new long[][] {{40, 52}, {12, 13}, {25, 30}}, 2);
        EvidencePack.Breakdown services = new EvidencePack.Breakdown("By service", List.of("Advocacy", "Housing", "Independent living"), table);
        EvidencePack.Breakdown localities = new EvidencePack.Breakdown("By locality", List.of("Harlow", "Epping", "Not recorded"), table);
        EvidencePack.Breakdown groups = new EvidencePack.Breakdown("By impairment group (self-declared)", List.of("Mobility", "Sensory", "Not recorded"), table);
        List<EvidencePack.Week> weeks = new ArrayList<>();
        for (int w = 0; w < weekCount; w++) {
            long n = 10 + (w * 7L) % 23;
            weeks.add(new EvidencePack.Week(FROM.plusWeeks(w), n, String.valueOf(n)));
        }
        return new EvidencePack("Lived experience: Transport", List.of("Transport", "Access to Work"), FROM, FROM.plusWeeks(weekCount - 1).plusDays(6),
                external, 68, 85, 3, services, localities, groups, weeks,
                List.of("The ramp on the 42 bus was broken again and the driver would not help.", "I waited [redacted] weeks for Access to Work."), java.util.Set.of(1L, 2L));
    }
}
