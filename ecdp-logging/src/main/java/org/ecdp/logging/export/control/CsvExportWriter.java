package org.ecdp.logging.export.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel shows accents right), CRLF line
 * ends, fields quoted when they hold a comma, quote or line break. A summary that starts like
 * a spreadsheet formula ({@code = + - @}) is prefixed with an apostrophe, so opening the file
 * never runs what someone typed.
 */
public final class CsvExportWriter implements ExportWriter {

    private final Writer out;

    public CsvExportWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        line(ExportRow.HEADER.toArray(String[]::new));
    }

    @Override
    public void write(ExportRow row) throws IOException {
        line(Long.toString(row.id()), row.service(), row.occurredOn().toString(), row.themes(), defused(row.summary()),
                Integer.toString(row.peopleCount()), row.channel(), row.locality(), row.impairmentGroup());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields[i]));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
