package org.ecdp.logging.export.control;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx workbook written with POI's streaming SXSSF: only the last 100 rows stay in memory,
 * the rest go to a compressed temporary file that is deleted when the export is done. Dates
 * are real date cells and counts are numbers, so the officer can sort and chart them.
 */
public final class XlsxExportWriter implements ExportWriter {

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
    private final SXSSFSheet sheet = workbook.createSheet("Entries");
    private final CellStyle dateStyle = workbook.createCellStyle();
    private int next;

    public XlsxExportWriter(OutputStream out) {
        this.out = out;
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(next++);
        for (int c = 0; c < ExportRow.HEADER.size(); c++) {
            header.createCell(c).setCellValue(ExportRow.HEADER.get(c));
        }
    }

    @Override
    public void write(ExportRow row) {
        Row r = sheet.createRow(next++);
        r.createCell(0).setCellValue(row.id());
        r.createCell(1).setCellValue(row.service());
        var date = r.createCell(2);
        date.setCellValue(row.occurredOn());
        date.setCellStyle(dateStyle);
        r.createCell(3).setCellValue(row.themes());
        r.createCell(4).setCellValue(row.summary());
        r.createCell(5).setCellValue(row.peopleCount());
        r.createCell(6).setCellValue(row.channel());
        r.createCell(7).setCellValue(row.locality());
        r.createCell(8).setCellValue(row.impairmentGroup());
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
