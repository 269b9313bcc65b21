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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.enrolment.entity.EnrolmentDraft;
import org.ecdp.housing.enrolment.entity.Participant;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.housing.HousingViews.EnrolmentView;
import org.ecdp.web.api.housing.HousingViews.ParticipantView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Enrolment (coordinator): a consenting tenant with a baseline is randomised at once and the
 * answer carries their arm; the programme's list never shows arms.
 */
@Path("housing/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    @Inject
    Enrolments enrolments;

    @POST
    @Path("{id}/participants")
    @RolesAllowed("COORDINATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a consenting tenant with a baseline score; randomised now, the arm is in the answer")
    public Response enrol(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        JsonObject baseline = in.object("baseline");
        String instrument = null;
        Double score = null;
        if (baseline == null) {
            in.problems().check(in.has("baseline"), "baseline", "Record a baseline: {\"instrument\",\"score\"}");
        } else {
            JsonInput b = new JsonInput(baseline);
            instrument = b.string("instrument");
            score = b.number("score");
            if (b.problems().hasErrors()) {
                in.problems().reject("baseline", "Give the baseline as {\"instrument\": code, \"score\": number}");
            }
        }
        EnrolmentDraft draft = new EnrolmentDraft(in.string("ref"), in.string("scheme"), in.bool("consent"), in.date("consentOn"),
                in.string("consentVersion"), in.bool("eligibilityConfirmed"), instrument, score, in.booleans("eligibility"));
        in.problems().throwIfAny();
        Participant participant = enrolments.enrol(id, draft);
        URI location = uri.getBaseUriBuilder().path("housing/participants").path(String.valueOf(participant.getId())).build();
        return Response.created(location).entity(new EnrolmentView(participant.getId(), participant.getArm().name())).build();
    }

    @GET
    @Path("{id}/participants")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "The programme's participants, as the coordinator knows them (never their arms: \"arm\" is null)")
    public List<ParticipantView> participants(@PathParam("id") long id) {
        return enrolments.participants(id).stream().map(ParticipantView::forEnroller).toList();
    }
}
