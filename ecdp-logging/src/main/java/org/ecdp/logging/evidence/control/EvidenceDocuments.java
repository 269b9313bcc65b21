package org.ecdp.logging.evidence.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.logging.evidence.entity.EvidencePack;

/**
 * Renders an evidence pack as PDF (OpenPDF: headings, tables, a weekly bar chart drawn
 * with its own vector graphics and described in words) and as XLSX (Apache POI: one sheet
 * per table). Both show exactly the suppressed figures of the pack.
 */
public final class EvidenceDocuments {

    private static final Color BRAND = new Color(0x4a, 0x1f, 0x6e);

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
        doc.add(new Paragraph("Week by week", h2));
        chart(writer, doc, pack, body);
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

    private static void breakdown(Document doc, Font h2, Font body, EvidencePack.Breakdown b) {
        doc.add(new Paragraph(b.heading(), h2));
        PdfPTable table = new PdfPTable(new float[] {3, 1, 1});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
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
        doc.add(table);
    }

    private static void chart(PdfWriter writer, Document doc, EvidencePack pack, Font body) {
        int n = pack.weeks().size();
        if (n == 0) {
            doc.add(new Paragraph("No weeks in range.", body));
            return;
        }
        long max = Math.max(1, pack.weeks().stream().mapToLong(EvidencePack.Week::entries).max().orElse(1));
        float width = 480;
        float height = 120;
        float x0 = doc.left();
        float y0 = writer.getVerticalPosition(true) - height - 10;
        if (y0 < doc.bottom() + 20) {
            doc.newPage();
            y0 = writer.getVerticalPosition(true) - height - 10;
        }
        PdfContentByte cb = writer.getDirectContent();
        float bar = width / n;
        cb.setColorFill(BRAND);
        for (int i = 0; i < n; i++) {
            EvidencePack.Week w = pack.weeks().get(i);
            boolean hidden = !w.shown().equals(String.valueOf(w.entries()));
            float h = hidden ? 0 : height * w.entries() / max;
            cb.rectangle(x0 + i * bar + 1, y0, Math.max(1, bar - 2), h);
        }
        cb.fill();
        cb.setColorStroke(Color.DARK_GRAY);
        cb.moveTo(x0, y0);
        cb.lineTo(x0 + width, y0);
        cb.stroke();
        Paragraph spacer = new Paragraph(" ");
        spacer.setSpacingBefore(height + 4);
        doc.add(spacer);
        EvidencePack.Week peak = pack.weeks().stream().filter(w -> w.shown().equals(String.valueOf(w.entries())))
                .max(java.util.Comparator.comparingLong(EvidencePack.Week::entries)).orElse(null);
        StringBuilder words = new StringBuilder("Entries per week from " + pack.weeks().get(0).monday() + " (" + n + " weeks)");
        if (peak != null) {
            words.append("; the highest was ").append(peak.shown()).append(" in the week of ").append(peak.monday());
        }
        words.append(". Weeks: ");
        for (EvidencePack.Week w : pack.weeks()) {
            words.append(w.monday()).append(' ').append(w.shown()).append("; ");
        }
        doc.add(new Paragraph(new Chunk(words.toString(), FontFactory.getFont(FontFactory.HELVETICA, 8.5f))));
    }

    public static byte[] xlsx(EvidencePack pack) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = wb.createSheet("Summary");
            row(summary, 0, "Evidence pack", pack.title());
            row(summary, 1, "Themes", String.join(", ", pack.themes()));
            row(summary, 2, "From", pack.from().toString());
            row(summary, 3, "To", pack.to().toString());
            row(summary, 4, "Entries", pack.entriesText());
            row(summary, 5, "People", pack.peopleText());
            row(summary, 6, "Services", pack.servicesText());
            row(summary, 7, "Suppression", pack.external() ? "Counts 1-9 shown as <10, with complementary cells hidden" : "None (internal)");
            for (EvidencePack.Breakdown b : new EvidencePack.Breakdown[] {pack.byService(), pack.byLocality(), pack.byImpairment()}) {
                Sheet s = wb.createSheet(b.heading().length() > 31 ? b.heading().substring(0, 31) : b.heading());
                row(s, 0, "", "Entries", "People");
                for (int i = 0; i < b.labels().size(); i++) {
                    row(s, i + 1, b.labels().get(i), b.entries(i), b.people(i));
                }
                row(s, b.labels().size() + 1, "Total", b.table().columnTotal(0), b.table().columnTotal(1));
            }
            Sheet weeks = wb.createSheet("Weekly");
            row(weeks, 0, "Week starting", "Entries");
            for (int i = 0; i < pack.weeks().size(); i++) {
                row(weeks, i + 1, pack.weeks().get(i).monday().toString(), pack.weeks().get(i).shown());
            }
            Sheet quotes = wb.createSheet("Quotes");
            for (int i = 0; i < pack.quotes().size(); i++) {
                row(quotes, i, pack.quotes().get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
