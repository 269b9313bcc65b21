package org.ecdp.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.boundary.Users;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own account: any signed-in user changes their own password. */
@Path("account")
@RequestScoped
public class AccountResource {

    @Inject
    Users users;

    @Inject
    Caller caller;

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your own password: {current, new}; every page session of the account ends")
    public Response changePassword(JsonObject body) {
        JsonInput in = new JsonInput(body);
        String current = in.string("current");
        String next = in.string("new");
        in.problems().check(current != null, "current", "Required").check(next != null, "new", "Required").throwIfAny();
        users.changeOwnPassword(caller.username(), current, next);
        return Response.noContent().build();
    }
}
