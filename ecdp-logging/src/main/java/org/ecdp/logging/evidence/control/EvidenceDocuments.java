package org.ecdp.logging.evidence.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.logging.evidence.entity.EvidencePack;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Week;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Renders an evidence pack as PDF (OpenPDF: headings kept on the same page as their table
 * or chart; the weekly chart drawn by JFreeChart as vector shapes, text included, so it
 * looks as JFreeChart measured it, placed in the flow of the document so nothing is drawn
 * over text, and described in words) and as XLSX (Apache
 * POI: one sheet per table, counts as numbers, dates as dates; a suppressed count stays
 * the text "&lt;10"). Both show exactly the suppressed figures of the pack.
 */
public final class EvidenceDocuments {

    private static final Color BRAND = new Color(0x4a, 0x1f, 0x6e);
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final float CHART_WIDTH = 480;
    private static final float CHART_HEIGHT = 220;

    private EvidenceDocuments() {
    }

    public static byte[] pdf(EvidencePack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setTagged();
        doc.addTitle(pack.title());
        doc.open();
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, BRAND);
        Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, BRAND);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
        doc.add(new Paragraph(pack.title(), h1));
        doc.add(new Paragraph("Themes: " + String.join(", ", pack.themes()) + ". Period: " + pack.from() + " to " + pack.to() + ".", body));
        doc.add(new Paragraph((pack.external() ? "For publication: counts from 1 to 9 are shown as <10, and further cells are hidden where a small count could be worked out from totals."
                : "Internal: exact counts."), body));
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("In this period " + pack.entriesText() + " conversations, reflecting " + pack.peopleText()
                + " people, raised these themes across " + pack.servicesText() + " services.", body));
        breakdown(doc, h2, body, pack.byService());
        breakdown(doc, h2, body, pack.byLocality());
        breakdown(doc, h2, body, pack.byImpairment());
        weekly(writer, doc, pack, h2, body);
        if (!pack.quotes().isEmpty()) {
            doc.add(new Paragraph("In their words", h2));
            for (String quote : pack.quotes()) {
                Paragraph p = new Paragraph("\u201C" + quote + "\u201D", FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10.5f));
                p.setIndentationLeft(18);
                p.setSpacingAfter(6);
                doc.add(p);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /** A heading and what it heads, in one borderless table that is never split across pages. */
    private static PdfPTable keptTogether(Paragraph heading, Element content) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(8);
        PdfPCell head = new PdfPCell(heading);
        head.setBorder(Rectangle.NO_BORDER);
        head.setPaddingLeft(0);
        head.setPaddingBottom(4);
        block.addCell(head);
        PdfPCell body = content instanceof PdfPTable table ? new PdfPCell(table) : new PdfPCell();
        if (!(content instanceof PdfPTable)) {
            body.addElement(content);
        }
        body.setBorder(Rectangle.NO_BORDER);
        body.setPadding(0);
        block.addCell(body);
        return block;
    }

    private static void breakdown(Document doc, Font h2, Font body, EvidencePack.Breakdown b) {
        PdfPTable table = new PdfPTable(new float[] {3, 1, 1});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        for (String head : new String[] {"", "Entries", "People"}) {
            PdfPCell cell = new PdfPCell(new Phrase(head, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Color.WHITE)));
            cell.setBackgroundColor(BRAND);
            table.addCell(cell);
        }
        for (int i = 0; i < b.labels().size(); i++) {
            table.addCell(new Phrase(b.labels().get(i), body));
            table.addCell(new Phrase(b.entries(i), body));
            table.addCell(new Phrase(b.people(i), body));
        }
        table.addCell(new Phrase("Total", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f)));
        table.addCell(new Phrase(b.table().columnTotal(0), body));
        table.addCell(new Phrase(b.table().columnTotal(1), body));
        doc.add(keptTogether(new Paragraph(b.heading(), h2), table));
    }

    private static void weekly(PdfWriter writer, Document doc, EvidencePack pack, Font h2, Font body) {
        Paragraph heading = new Paragraph("Week by week", h2);
        if (pack.weeks().isEmpty()) {
            doc.add(keptTogether(heading, new Paragraph("No weeks in range.", body)));
            return;
        }
        PdfTemplate template = writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
        Graphics2D g2 = template.createGraphicsShapes(CHART_WIDTH, CHART_HEIGHT);
        weeklyChart(pack).draw(g2, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        g2.dispose();
        Image chart = Image.getInstance(template);
        chart.setAlt(chartWords(pack));
        PdfPTable block = keptTogether(heading, chart);
        PdfPCell words = new PdfPCell(new Paragraph(chartWords(pack), FontFactory.getFont(FontFactory.HELVETICA, 8.5f)));
        words.setBorder(Rectangle.NO_BORDER);
        words.setPadding(0);
        words.setPaddingTop(4);
        block.addCell(words);
        doc.add(block);
    }

    /** Entries per week as bars on a date axis (JFreeChart picks ticks that do not overlap); suppressed weeks are left out. */
    static JFreeChart weeklyChart(EvidencePack pack) {
        TimeSeries series = new TimeSeries("Entries");
        for (EvidencePack.Week w : pack.weeks()) {
            if (!w.hidden()) {
                series.add(new Week(date(w.monday()), UTC, Locale.UK), w.entries());
            }
        }
        JFreeChart chart = ChartFactory.createXYBarChart(null, "Week starting", true, "Entries",
                new TimeSeriesCollection(series));
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinesVisible(false);
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BRAND);
        bars.setMargin(0.2);
        bars.setSeriesOutlineStroke(0, new BasicStroke(0));
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM", java.util.Locale.UK));
        int n = pack.weeks().size();
        if (n <= 16) {
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, n <= 7 ? 7 : 14));
        }
        axis.setTimeZone(UTC);
        axis.setRange(date(pack.weeks().get(0).monday().minusDays(1)),
                date(pack.weeks().get(n - 1).monday().plusDays(8)));
        NumberAxis entries = (NumberAxis) plot.getRangeAxis();
        entries.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        entries.setLowerBound(0);
        if (series.getItemCount() == 0) {
            entries.setUpperBound(10);
        }
        return chart;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String chartWords(EvidencePack pack) {
        EvidencePack.Week peak = pack.weeks().stream().filter(w -> !w.hidden())
                .max(java.util.Comparator.comparingLong(EvidencePack.Week::entries)).orElse(null);
        StringBuilder words = new StringBuilder("Entries per week from " + pack.weeks().get(0).monday() + " (" + pack.weeks().size() + " weeks)");
        if (peak != null) {
            words.append("; the highest was ").append(peak.shown()).append(" in the week of ").append(peak.monday());
        }
        if (pack.weeks().stream().anyMatch(EvidencePack.Week::hidden)) {
            words.append("; weeks with fewer than 10 entries are not drawn");
        }
        words.append(". Weeks: ");
        for (EvidencePack.Week w : pack.weeks()) {
            words.append(w.monday()).append(' ').append(w.shown()).append("; ");
        }
        return words.toString();
    }

    public static byte[] xlsx(EvidencePack pack) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet summary = wb.createSheet("Summary");
            row(summary, 0, dateStyle, "Evidence pack", pack.title());
            row(summary, 1, dateStyle, "Themes", String.join(", ", pack.themes()));
            row(summary, 2, dateStyle, "From", pack.from());
            row(summary, 3, dateStyle, "To", pack.to());
            row(summary, 4, dateStyle, "Entries", pack.entriesText());
            row(summary, 5, dateStyle, "People", pack.peopleText());
            row(summary, 6, dateStyle, "Services", pack.servicesText());
            row(summary, 7, dateStyle, "Suppression", pack.external() ? "Counts 1-9 shown as <10, with complementary cells hidden" : "None (internal)");
            summary.autoSizeColumn(0);
            for (EvidencePack.Breakdown b : new EvidencePack.Breakdown[] {pack.byService(), pack.byLocality(), pack.byImpairment()}) {
                Sheet s = wb.createSheet(b.heading().length() > 31 ? b.heading().substring(0, 31) : b.heading());
                row(s, 0, dateStyle, "", "Entries", "People");
                for (int i = 0; i < b.labels().size(); i++) {
                    row(s, i + 1, dateStyle, b.labels().get(i), b.entries(i), b.people(i));
                }
                row(s, b.labels().size() + 1, dateStyle, "Total", b.table().columnTotal(0), b.table().columnTotal(1));
                s.autoSizeColumn(0);
            }
            Sheet weeks = wb.createSheet("Weekly");
            row(weeks, 0, dateStyle, "Week starting", "Entries");
            for (int i = 0; i < pack.weeks().size(); i++) {
                row(weeks, i + 1, dateStyle, pack.weeks().get(i).monday(), pack.weeks().get(i).shown());
            }
            weeks.setColumnWidth(0, 14 * 256);
            Sheet quotes = wb.createSheet("Quotes");
            for (int i = 0; i < pack.quotes().size(); i++) {
                row(quotes, i, dateStyle, pack.quotes().get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: a count written as a number (so a spreadsheet can sum it), a date as a date, anything else as text. */
    private static void row(Sheet sheet, int index, CellStyle dateStyle, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            Object value = values[i];
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof String text && text.matches("\\d{1,15}")) {
                cell.setCellValue(Long.parseLong(text));
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
    }
}
