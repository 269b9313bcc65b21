package org.ecdp.web.api.log;

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
import org.ecdp.web.api.JsonInput;
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

    /** A pack released for publication: its themes as named then, its dates, when and by whom. */
    public record ReleaseView(long id, String themes, java.time.LocalDate from, java.time.LocalDate to,
                              java.time.Instant releasedAt, String releasedBy) {
        static ReleaseView of(org.ecdp.logging.evidence.entity.EvidenceRelease r) {
            return new ReleaseView(r.getId(), r.getThemesNamed(), r.getFrom(), r.getTo(), r.getReleasedAt(), r.getReleasedBy());
        }
    }

    @GET
    @Path("releases")
    @Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Operation(summary = "Packs released for publication, newest first: a new one for publication may not overlap them")
    public List<ReleaseView> releases() {
        return packs.releases().stream().map(ReleaseView::of).toList();
    }

    @GET
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Evidence pack for themes (or a response's themes and title: response=id) over a date range (PDF or XLSX);"
            + " small counts suppressed unless external=false; a pack for publication overlapping an earlier release"
            + " (a shared theme and day, not the same pack) is a 409 naming from and to")
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
