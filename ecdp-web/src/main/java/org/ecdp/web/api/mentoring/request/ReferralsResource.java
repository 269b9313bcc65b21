package org.ecdp.web.api.mentoring.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.web.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff of any service refer a person for mentoring from a service they work in, and follow their own referrals. */
@Path("mentoring/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "COORDINATOR"})
public class ReferralsResource {

    @Inject
    MentoringRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff of any service refer a person for mentoring: a request with referringService (a service the caller works in)")
    public Response refer(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        in.problems().check(in.has("referringService"), "referringService", "Required");
        MentoringRequest request = requests.record(RequestsResource.draft(in));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.getId())).build())
                .entity(view(request)).build();
    }

    @GET
    @Operation(summary = "The caller's own referrals, newest first, with whether the person is waiting, matched or withdrawn (never volunteer details)")
    public List<RequestView> myReferrals() {
        return requests.myReferrals().stream().map(this::view).toList();
    }

    private RequestView view(MentoringRequest request) {
        return RequestView.referral(request, requests.referralStatus(request));
    }
}
