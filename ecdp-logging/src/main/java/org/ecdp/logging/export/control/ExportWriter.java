package org.ecdp.logging.export.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams export rows into a file format as they come, so an export of any size holds only a
 * few rows in memory. {@link #finish()} completes the file; the stream is the caller's to close.
 */
public interface ExportWriter extends AutoCloseable {

    void write(ExportRow row) throws IOException;

    void finish() throws IOException;

    @Override
    default void close() throws IOException {
    }

    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public ExportWriter open(OutputStream out) throws IOException {
            return this == CSV ? new CsvExportWriter(out) : new XlsxExportWriter(out);
        }
    }
}
