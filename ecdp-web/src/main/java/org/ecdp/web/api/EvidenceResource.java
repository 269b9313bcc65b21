package org.ecdp.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.evidence.boundary.EvidencePacks;
import org.ecdp.logging.evidence.entity.EvidencePack;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An addition to the v1 contract: the officer's evidence pack as a document. */
@Path("evidence")
@RequestScoped
@RolesAllowed("OFFICER")
public class EvidenceResource {

    @Inject
    EvidencePacks packs;

    @Inject
    org.ecdp.logging.response.boundary.Responses responses;

    @GET
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Evidence pack for themes (or a response's themes and title: response=id) over a date range (PDF or XLSX);"
            + " small counts suppressed unless external=false")
    public Response pack(@QueryParam("theme") List<String> themes, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("format") @DefaultValue("pdf") String format,
                         @QueryParam("external") @DefaultValue("true") boolean external,
                         @QueryParam("quote") List<Long> quotes, @QueryParam("response") Long response) {
        EvidencePacks.Format chosen = switch (format.toLowerCase()) {
            case "pdf" -> EvidencePacks.Format.PDF;
            case "xlsx" -> EvidencePacks.Format.XLSX;
            default -> throw InvalidInput.of("format", "Use pdf or xlsx");
        };
        String title = null;
        if (response != null) {
            org.ecdp.logging.response.entity.Response about = responses.get(response);
            title = about.getTitle();
            if (themes == null || themes.isEmpty()) {
                themes = about.themesByName().stream().map(org.ecdp.logging.theme.entity.Theme::getCode).toList();
            }
        }
        EvidencePack pack = packs.build(title, themes, JsonInput.queryDate("from", from), JsonInput.queryDate("to", to), quotes, external);
        byte[] bytes = packs.render(pack, chosen);
        String type = chosen == EvidencePacks.Format.PDF ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + pack.from() + "-" + pack.to() + "." + format.toLowerCase() + "\"")
                .build();
    }
}
