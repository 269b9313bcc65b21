package org.ecdp.web.api.mentoring.match;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecdp.mentoring.match.boundary.Journeys;
import org.ecdp.mentoring.match.entity.GoalProgress;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.mentoring.match.MatchViews.ProgressView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Progress on the person's goals in a started match, scored 1 to 10 over time. */
@Path("mentoring/matches/{id}/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class GoalProgressResource {

    @Inject
    Journeys journeys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress on one of the person's goals, 1 to 10: {goal, score, notes?}")
    public Response record(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String goal = in.string("goal");
        Integer score = in.integer("score");
        String notes = in.string("notes");
        in.problems().throwIfAny();
        GoalProgress progress = journeys.recordProgress(id, goal, score, notes);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(progress.getId())).build())
                .entity(ProgressView.of(progress)).build();
    }

    @GET
    @Operation(summary = "Goal progress recorded on a match, oldest first")
    public List<ProgressView> list(@PathParam("id") long id) {
        return journeys.progress(id).stream().map(ProgressView::of).toList();
    }
}
