package org.ecdp.logging.export.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.logging.entry.boundary.Entries;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.ecdp.logging.export.control.ExportRow;
import org.ecdp.logging.export.control.ExportWriter;

/**
 * Export of a filtered view of the log as CSV or XLSX, for staff (their own services: the
 * same scope as the tabs, decided by {@link Entries}) and the officer. Rows are read a page at
 * a time, each page in its own short read, and streamed out, so the size of the log does not
 * matter. Every export is audited with who, when, the filter and the number of rows, even
 * when the download is cut short.
 */
@ApplicationScoped
public class Exports {

    static final int PAGE = 500;

    @Inject
    Entries entries;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    public long export(EntryFilter filter, ExportWriter.Format format, OutputStream out) throws IOException {
        if (!caller.has(Role.STAFF) && !caller.has(Role.OFFICER)) {
            throw new SecurityException("Only staff and the lived experience officer export the log");
        }
        long rows = 0;
        try (ExportWriter writer = format.open(out)) {
            for (int first = 0; ; first += PAGE) {
                List<Entry> page = entries.search(filter, first, PAGE);
                for (Entry entry : page) {
                    writer.write(ExportRow.of(entry));
                    rows++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            writer.finish();
        } finally {
            audit.record("entries.export", format.name(), filter.describe() + "; rows=" + rows);
        }
        return rows;
    }
}
