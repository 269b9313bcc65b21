package org.ecdp.web.api.mentoring.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.mentoring.match.MatchViews.RunView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Match runs and their score matrices. A run is kept, so reading it (or its scores) later answers exactly the same. */
@Path("mentoring/match-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class MatchRunsResource {

    @Inject
    Matching matching;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run matching over the requests and volunteers named (default: all waiting, all available)")
    public Response run(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
        List<Long> requestIds = in.ids("requests");
        List<Long> volunteerIds = in.ids("volunteers");
        in.problems().throwIfAny();
        MatchRun run = matching.run(requestIds, volunteerIds);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(run.getId())).build()).entity(RunView.of(run)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A match run as it was answered")
    public RunView get(@PathParam("id") long id) {
        return RunView.of(matching.getRun(id));
    }

    @GET
    @Path("{id}/scores")
    @Operation(summary = "The score of every pair in a run, null where a hard constraint forbids it")
    public Response scores(@PathParam("id") long id) {
        // kept as the run wrote it, so the same run always answers the same bytes
        return Response.ok(matching.getRun(id).scoresJson(), MediaType.APPLICATION_JSON).build();
    }
}
