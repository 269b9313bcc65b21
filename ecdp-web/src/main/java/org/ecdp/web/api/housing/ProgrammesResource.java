package org.ecdp.web.api.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.housing.HousingViews.ProgrammeView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Programmes: set up, started and closed by the evaluator or an administrator, read by every
 * housing role. The block sizes and the ratio are shown only to those who designed them: an
 * enroller who knew them could foretell the last places of a block. No answer carries the seed.
 */
@Path("housing/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    @Inject
    Programmes programmes;

    @Context
    SecurityContext security;

    private ProgrammeView view(Programme programme) {
        return ProgrammeView.of(programme, security.isUserInRole("EVALUATOR") || security.isUserInRole("ADMIN"));
    }

    @GET
    @RolesAllowed({"COORDINATOR", "COACH", "EVALUATOR", "ADMIN"})
    @Operation(summary = "Every programme: status and the seed commitment (never the seed); the block design only for the evaluator and admin")
    public List<ProgrammeView> programmes() {
        return programmes.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"COORDINATOR", "COACH", "EVALUATOR", "ADMIN"})
    @Operation(summary = "One programme")
    public ProgrammeView programme(@PathParam("id") long id) {
        return view(programmes.get(id));
    }

    @POST
    @RolesAllowed({"EVALUATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a programme (evaluator or admin); it starts recruiting unless status is SET_UP")
    public Response createProgramme(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        ProgrammeDraft draft = new ProgrammeDraft(in.string("name"), in.strings("schemes"), in.strings("instruments"),
                in.strings("strata"), integers(in, "blockSizes"), integers(in, "ratio"), in.integer("targetSize"), in.string("status"),
                in.strings("eligibility"), in.string("bandInstrument"), in.numbers("bandCuts"));
        in.problems().throwIfAny();
        Programme created = programmes.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(view(created)).build();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({"EVALUATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start recruiting ({\"status\":\"RECRUITING\"}) or close ({\"status\":\"CLOSED\"}) a programme")
    public ProgrammeView changeStatus(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String status = in.string("status");
        in.problems().throwIfAny();
        if ("RECRUITING".equals(status)) {
            return view(programmes.startRecruiting(id));
        }
        if ("CLOSED".equals(status)) {
            return view(programmes.close(id));
        }
        throw InvalidInput.of("status", "Send RECRUITING or CLOSED");
    }

    private static List<Integer> integers(JsonInput in, String field) {
        if (!in.has(field)) {
            return null;
        }
        List<Long> ids = in.ids(field);
        if (ids == null) {
            return null;
        }
        if (ids.stream().anyMatch(n -> n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            in.problems().reject(field, "Number too large");
            return null;
        }
        return ids.stream().map(Long::intValue).toList();
    }
}
