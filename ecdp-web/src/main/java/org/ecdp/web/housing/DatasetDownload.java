package org.ecdp.web.housing;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecdp.housing.evaluation.entity.DatasetRow;
import org.ecdp.web.shell.Downloads;

/** The evaluation page's download: a programme's pseudonymised dataset as a CSV file. */
final class DatasetDownload {

    private DatasetDownload() {
    }

    /** Streams the rows (already audited by the boundary that gave them) as the response, and ends it. */
    static void send(long programmeId, List<DatasetRow> rows) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Downloads.start(external, "text/csv; charset=UTF-8", "programme-" + programmeId + "-dataset.csv");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write(DatasetRow.HEADER + "\n");
            for (DatasetRow row : rows) {
                out.write(row.toCsv() + "\n");
            }
        }
        faces.responseComplete();
    }
}
