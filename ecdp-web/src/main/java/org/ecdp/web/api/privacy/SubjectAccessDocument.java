package org.ecdp.web.api.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A subject access answer as a PDF the person can be given: each capability's records in
 * plain words, field by field, nested records indented. Field names are turned from
 * {@code occurredOn} into "Occurred on".
 */
public final class SubjectAccessDocument {

    private static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Map<String, String> CAPABILITIES = Map.of(
            "log", "The lived experience log", "mentoring", "Peer mentoring", "housing", "Supported housing life coaching");

    private SubjectAccessDocument() {
    }

    public static byte[] pdf(String title, Map<String, ?> held, LocalDate on) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.open();
        doc.add(new Paragraph(title, H1));
        doc.add(new Paragraph("Everything the organisation's portal holds about you, as on " + on
                + ". If anything is wrong, ask us to correct or erase it.", BODY));
        held.forEach((capability, records) -> {
            doc.add(new Paragraph(CAPABILITIES.getOrDefault(capability, capability), H2));
            if (records instanceof List<?> list && list.isEmpty()) {
                doc.add(new Paragraph("Nothing held.", BODY));
            } else {
                write(doc, records, 0);
            }
        });
        doc.close();
        return out.toByteArray();
    }

    private static void write(Document doc, Object value, int depth) {
        if (value instanceof List<?> list) {
            int n = 1;
            for (Object item : list) {
                if (item instanceof Map<?, ?>) {
                    line(doc, "Record " + n++, "", depth);
                    write(doc, item, depth + 1);
                } else {
                    line(doc, "", String.valueOf(item), depth);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                    line(doc, words(String.valueOf(key)), "", depth);
                    write(doc, v, depth + 1);
                } else {
                    line(doc, words(String.valueOf(key)), v == null ? "not recorded" : v instanceof List<?> l ? String.join(", ",
                            l.stream().map(String::valueOf).toList()) : String.valueOf(v), depth);
                }
            });
        }
    }

    private static void line(Document doc, String label, String text, int depth) {
        Paragraph p = new Paragraph((label.isEmpty() ? "" : label + (text.isEmpty() ? "" : ": ")) + text, BODY);
        p.setIndentationLeft(14f * depth);
        doc.add(p);
    }

    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
