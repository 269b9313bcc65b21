package org.ecdp.web.api.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.housing.enrolment.boundary.Enrolments;
import org.ecdp.housing.enrolment.entity.WithdrawalReason;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.housing.HousingViews.ParticipantView;
import org.ecdp.web.api.housing.HousingViews.SessionView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One participant: withdrawal and coach assignment (coordinator), coaching sessions (their own
 * coach; any other tenant is answered 404, as an unknown one).
 */
@Path("housing/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @Inject
    Enrolments enrolments;

    @Inject
    Coaching coaching;

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed("COORDINATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a participant withdrew: {\"reasonCode\" (one of the coded reasons, for the evaluator),"
            + " \"reason\" (free text, for the coordinator only), \"on\"}")
    public ParticipantView withdraw(@PathParam("id") long id, JsonObject body) {
        enrolments.participant(id);
        JsonInput in = new JsonInput(body);
        String reason = in.string("reason");
        LocalDate on = in.date("on");
        String code = in.string("reasonCode");
        WithdrawalReason reasonCode = WithdrawalReason.parse(code);
        if (code != null && (reasonCode == null || reasonCode == WithdrawalReason.NOT_CODED)) {
            in.problems().reject("reasonCode", "Choose one of " + List.of(WithdrawalReason.values()).subList(0, WithdrawalReason.values().length - 1));
        }
        in.problems().throwIfAny();
        return ParticipantView.forEnroller(enrolments.withdraw(id, reasonCode, reason, on));
    }

    @POST
    @Path("{id}/coach")
    @RolesAllowed("COORDINATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a coached participant a coach with room on their caseload (never a control participant)")
    public ParticipantView assignCoach(@PathParam("id") long id, JsonObject body) {
        enrolments.participant(id);
        JsonInput in = new JsonInput(body);
        String coach = in.string("coach");
        in.problems().check(coach != null, "coach", "Required").throwIfAny();
        return ParticipantView.forEnroller(coaching.assignCoach(id, coach));
    }

    @POST
    @Path("{id}/sessions")
    @RolesAllowed("COACH")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a coaching session with a tenant on your caseload")
    public Response logSession(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        LocalDate on = in.date("on");
        Integer minutes = in.integer("minutes");
        Set<CoachingTopic> topics = topics(in);
        try {
            coaching.mayLogSessionWith(id);
        } catch (NotFound notFound) {
            return HousingViews.unknownParticipant(notFound);
        }
        in.problems().throwIfAny();
        return Response.status(Response.Status.CREATED).entity(SessionView.of(coaching.logSession(id, on, minutes, topics))).build();
    }

    private static Set<CoachingTopic> topics(JsonInput in) {
        List<String> codes = in.strings("topics");
        if (codes == null) {
            return Set.of();
        }
        Set<CoachingTopic> topics = EnumSet.noneOf(CoachingTopic.class);
        for (String code : codes) {
            try {
                topics.add(CoachingTopic.valueOf(code.strip().toUpperCase()));
            } catch (IllegalArgumentException unknown) {
                in.problems().reject("topics", "Unknown topic " + code + "; use " + List.of(CoachingTopic.values()));
            }
        }
        return topics;
    }
}
