package org.ecdp.web.api.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coach.entity.Coach;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.housing.HousingViews.CoachView;
import org.ecdp.web.api.housing.HousingViews.ParticipantView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The peer life coaches (coordinator or admin) and the signed-in coach's own caseload. */
@Path("housing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoachesResource {

    @Inject
    Coaching coaching;

    @GET
    @Path("coaches")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(summary = "The active peer life coaches: caseload limit, current caseload and lived experience")
    public List<CoachView> coaches() {
        return coaching.coaches().stream().map(this::view).toList();
    }

    @POST
    @Path("coaches")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or update a peer life coach: {\"coach\": portal account with the coach role, \"caseloadLimit\", \"livedExperience\"}")
    public Response defineCoach(JsonObject body) {
        JsonInput in = new JsonInput(body);
        String coach = in.string("coach");
        Integer limit = in.integer("caseloadLimit");
        String experience = in.string("livedExperience");
        in.problems().check(coach != null, "coach", "Required").check(limit != null, "caseloadLimit", "Required").throwIfAny();
        return Response.status(Response.Status.CREATED).entity(view(coaching.defineCoach(coach, limit, experience))).build();
    }

    private CoachView view(Coach c) {
        return new CoachView(c.getUsername(), c.getCaseloadLimit(), coaching.caseload(c), c.getLivedExperience());
    }

    @GET
    @Path("caseload")
    @RolesAllowed("COACH")
    @Operation(summary = "The signed-in coach's caseload")
    public List<ParticipantView> caseload() {
        return coaching.myCaseload().stream().map(ParticipantView::forCoach).toList();
    }
}
