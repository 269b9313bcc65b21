package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.Locale;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.entry.entity.EntryFilter;
import org.ecdp.logging.export.boundary.Exports;
import org.ecdp.logging.export.control.ExportWriter.Format;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The log's export for scripts: the same filters as {@code GET /api/entries}, every matching
 * entry you may see as CSV or XLSX (no author, no member number), audited. The page's export
 * buttons use the same boundary.
 */
@Path("entries/export")
@RequestScoped
@RolesAllowed({"STAFF", "OFFICER"})
public class EntryExportsResource {

    @Inject
    Exports exports;

    @GET
    @Operation(summary = "Export the entries you may see, filtered, as CSV or XLSX (audited)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("service") String service, @QueryParam("theme") String theme,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("locality") String locality, @QueryParam("channel") String channel,
                           @QueryParam("q") String q) {
        Format chosen = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Format.CSV;
            case "xlsx" -> Format.XLSX;
            default -> throw InvalidInput.of("format", "Use csv or xlsx");
        };
        EntryFilter filter = EntriesResource.filter(service, theme, from, to, locality, channel, q);
        StreamingOutput body = out -> exports.export(filter, chosen, out);
        return Response.ok(body, chosen.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(chosen, LocalDate.now()) + "\"").build();
    }

    static String fileName(Format format, LocalDate today) {
        return "lived-experience-log-" + today + "." + format.extension;
    }
}
