package org.ecdp.web.api.mentoring.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.RequestDraft;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Requests for a mentor, for the coordinator: recorded, and the waiting list a page at a time (the database reads only the page). */
@Path("mentoring/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class RequestsResource {

    @Inject
    MentoringRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person's request for a mentor")
    public Response record(JsonObject body, @Context UriInfo uri) {
        MentoringRequest request = requests.record(draft(new JsonInput(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.getId())).build())
                .entity(RequestView.of(request)).build();
    }

    @GET
    @Operation(summary = "The waiting list, longest waiting first, a page at a time")
    public Page<RequestView> waitingList(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.check(page, size);
        long total = requests.countWaiting();
        return new Page<>(total, requests.waiting(page * size, size).stream()
                .map(r -> RequestView.waiting(r, requests.daysWaiting(r))).toList());
    }

    /** The body as a draft; problems the caller already found in {@code in} are reported first, with the draft's. */
    static RequestDraft draft(JsonInput in) {
        RequestDraft draft = new RequestDraft(in.string("ref"), in.string("district"), in.bool("remoteOk"), in.strings("goals"),
                in.strings("languages"), in.string("sharedExperience"), in.strings("availability"), in.strings("accessNeeds"),
                in.date("referredOn"), in.string("referringService"));
        in.problems().check(in.has("ref"), "ref", "Required").check(in.has("district"), "district", "Required")
                .check(in.has("goals"), "goals", "Choose at least one goal").check(in.has("referredOn"), "referredOn", "Required");
        in.problems().throwIfAny();
        return draft;
    }
}
