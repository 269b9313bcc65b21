package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.response.entity.Response;
import org.ecdp.logging.theme.entity.Theme;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An addition to the v1 contract: the officer's responses ("you said, we did"), to read. */
@Path("responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OFFICER")
public class ResponsesResource {

    public record ResponseView(long id, String title, String targetOrganisation, String status, LocalDate openedOn,
                               List<String> themes, List<Long> alerts, String outcome) {
        static ResponseView of(Response r) {
            return new ResponseView(r.getId(), r.getTitle(), r.getTargetOrganisation(), r.getStatus().name(), r.getOpenedOn(),
                    r.themesByName().stream().map(Theme::getCode).toList(), r.getAlertIds().stream().sorted().toList(),
                    r.getOutcome());
        }
    }

    @Inject
    Responses responses;

    @GET
    @Operation(summary = "Every response, newest first")
    public List<ResponseView> list() {
        return responses.all().stream().map(ResponseView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One response")
    public ResponseView get(@PathParam("id") long id) {
        return ResponseView.of(responses.get(id));
    }
}
