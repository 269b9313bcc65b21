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
import java.time.LocalDate;
import java.util.List;
import org.ecdp.mentoring.match.boundary.Journeys;
import org.ecdp.mentoring.match.entity.MentoringSession;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.mentoring.match.MatchViews.SessionView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The mentoring sessions of a started match; themes heard in a session go to the lived experience log. */
@Path("mentoring/matches/{id}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class SessionsResource {

    @Inject
    Journeys journeys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A mentoring session on a started match: {heldOn, minutes, whatWasDone, place, themes?, themeSummary?}; "
            + "themes go to the Peer Mentoring tab of the lived experience log")
    public Response record(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        LocalDate heldOn = in.date("heldOn");
        Integer minutes = in.integer("minutes");
        String what = in.string("whatWasDone");
        String place = in.string("place");
        List<String> themes = in.strings("themes");
        String themeSummary = in.string("themeSummary");
        in.problems().throwIfAny();
        MentoringSession session = journeys.recordSession(id, heldOn, minutes, what, place, themes, themeSummary);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.getId())).build())
                .entity(SessionView.of(session)).build();
    }

    @GET
    @Operation(summary = "The sessions of a match, oldest first")
    public List<SessionView> list(@PathParam("id") long id) {
        return journeys.sessions(id).stream().map(SessionView::of).toList();
    }
}
