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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.enrolment.boundary.Outcomes;
import org.ecdp.housing.enrolment.entity.OutcomeDraft;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.housing.HousingViews.BinaryOutcomeView;
import org.ecdp.web.api.housing.HousingViews.OutcomeView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A participant's outcomes. Who may touch the tenant is settled first: a coach only their own
 * coached tenants, and any other id (another coach's tenant, a control tenant, an unknown one)
 * is a 404 naming {@code participant}, before anything sent is checked.
 */
@Path("housing/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesResource {

    @Inject
    Outcomes outcomes;

    @POST
    @Path("{id}/outcomes")
    @RolesAllowed({"COACH", "EVALUATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a score at a follow-up: a coach for their own tenants, the evaluator for any; range-checked,"
            + " never before enrolment nor after withdrawal")
    public Response recordOutcome(@PathParam("id") long id, JsonObject body) {
        try {
            outcomes.scoresOf(id);
        } catch (NotFound notFound) {
            return HousingViews.unknownParticipant(notFound);
        }
        JsonInput in = new JsonInput(body);
        OutcomeDraft draft = new OutcomeDraft(in.string("instrument"), in.string("timepoint"), in.number("score"), in.date("recordedOn"));
        in.problems().check(in.has("instrument"), "instrument", "Required").check(in.has("timepoint"), "timepoint", "Required")
                .check(in.has("score"), "score", "Required").check(in.has("recordedOn"), "recordedOn", "Required").throwIfAny();
        return Response.status(Response.Status.CREATED).entity(OutcomeView.of(outcomes.recordOutcome(id, draft))).build();
    }

    @POST
    @Path("{id}/binary-outcomes")
    @RolesAllowed({"COORDINATOR", "COACH"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a yes/no outcome: {\"outcome\": TENANCY_SUSTAINED_M12 or MOVED_ON, \"achieved\", \"recordedOn\"};"
            + " a coach for their own tenants, the coordinator for any")
    public Response recordBinaryOutcome(@PathParam("id") long id, JsonObject body) {
        try {
            outcomes.yesNoOf(id);
        } catch (NotFound notFound) {
            return HousingViews.unknownParticipant(notFound);
        }
        JsonInput in = new JsonInput(body);
        String outcome = in.string("outcome");
        Boolean achieved = in.bool("achieved");
        LocalDate recordedOn = in.date("recordedOn");
        in.problems().check(in.has("outcome"), "outcome", "Required").check(in.has("achieved"), "achieved", "Required")
                .check(in.has("recordedOn"), "recordedOn", "Required").throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(BinaryOutcomeView.of(outcomes.recordBinaryOutcome(id, outcome, achieved, recordedOn))).build();
    }

    @GET
    @Path("{id}/binary-outcomes")
    @RolesAllowed({"COORDINATOR", "COACH"})
    @Operation(summary = "The yes/no outcomes recorded for a participant (a coach: their own tenants only)")
    public List<BinaryOutcomeView> binaryOutcomes(@PathParam("id") long id) {
        return outcomes.binaryResults(id).stream().map(BinaryOutcomeView::of).toList();
    }
}
