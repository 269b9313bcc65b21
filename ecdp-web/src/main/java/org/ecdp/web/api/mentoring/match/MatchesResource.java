package org.ecdp.web.api.mentoring.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.Match;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.mentoring.match.MatchViews.MatchView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A pair's way from proposal to a started match: proposed to both people, declined with a
 * reason (never proposed again), introduced, started; themes heard in it go to the log.
 */
@Path("mentoring/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class MatchesResource {

    @Inject
    Matching matching;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a pair to both people: {request, volunteer, run?}; refused if no longer safe, possible or free")
    public Response propose(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        Integer request = in.integer("request");
        Integer volunteer = in.integer("volunteer");
        Integer run = in.integer("run");
        in.problems().check(request != null, "request", "Required").check(volunteer != null, "volunteer", "Required").throwIfAny();
        Match match = matching.propose(request, volunteer, run == null ? null : run.longValue());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(match.getId())).build()).entity(MatchView.of(match)).build();
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a proposal was declined, with the reason: {reason}; the pair is never proposed again")
    public MatchView decline(@PathParam("id") long id, JsonObject body) {
        return MatchView.of(matching.decline(id, new JsonInput(body).string("reason")));
    }

    @POST
    @Path("{id}/introduce")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Both agreed: {firstMeetingOn}")
    public MatchView introduce(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        LocalDate first = in.date("firstMeetingOn");
        in.problems().throwIfAny();
        return MatchView.of(matching.introduce(id, first));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "The first meeting happened: the match is active")
    public MatchView start(@PathParam("id") long id) {
        return MatchView.of(matching.activate(id));
    }

    @POST
    @Path("{id}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A theme heard in this match, logged in the Peer Mentoring tab of the lived experience log: {themes, summary}")
    public Response themeHeard(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        List<String> themes = in.strings("themes");
        String summary = in.string("summary");
        in.problems().throwIfAny();
        matching.themeHeard(id, themes, summary);
        return Response.noContent().build();
    }
}
