package org.ecdp.web.log;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.time.LocalDate;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.ecdp.logging.export.boundary.Exports;
import org.ecdp.logging.export.control.ExportWriter;
import org.ecdp.web.shell.Downloads;

/** "Download these entries": the filtered view, all pages, as a file named for the day; audited by the boundary. */
final class EntriesDownload {

    private EntriesDownload() {
    }

    static void send(Exports exports, EntryFilter filter, ExportWriter.Format format, LocalDate today) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Downloads.start(external, format.contentType, "lived-experience-log-" + today + "." + format.extension);
        exports.export(filter, format, external.getResponseOutputStream());
        faces.responseComplete();
    }
}
