package org.ecdp.web.api;

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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Portal accounts, for the administrator. A new account's password is the administrator's
 * choice, so its owner must change it at their first page sign-in; disabling an account ends
 * its page sessions and API calls from the next request.
 */
@Path("users")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record UserView(String username, String name, List<String> roles, List<String> services, boolean enabled) {
        static UserView of(PortalUser u) {
            return new UserView(u.getUsername(), u.getDisplayName(), u.getRoles().stream().map(Enum::name).toList(),
                    u.getServices().stream().map(Service::getCode).sorted().toList(), u.isEnabled());
        }
    }

    @Inject
    Users users;

    @GET
    @Operation(summary = "Every portal account (administrator)")
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (administrator); password of 12 or more characters, not a common one")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String username = in.string("username");
        String name = in.string("name");
        String password = in.string("password");
        Set<Role> roles = roles(in);
        List<String> services = in.strings("services");
        in.problems().check(username != null, "username", "Required").check(name != null, "name", "Required")
                .check(password != null, "password", "Required").throwIfAny();
        PortalUser created;
        try {
            created = users.create(username, name, password, roles, services == null ? Set.of() : new LinkedHashSet<>(services));
        } catch (InvalidInput invalid) {
            // the contract calls the display name "name"
            throw new InvalidInput(invalid.errors().stream()
                    .map(e -> e.field().equals("displayName") ? new FieldError("name", e.message()) : e).toList());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.getUsername()).build())
                .entity(UserView.of(created)).build();
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable an account (administrator): its sessions and API calls are refused from the next request")
    public UserView disable(@PathParam("username") String username) {
        users.disable(username);
        return UserView.of(users.getByUsername(username));
    }

    private static Set<Role> roles(JsonInput in) {
        List<String> codes = in.strings("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (String code : codes) {
                try {
                    roles.add(Role.valueOf(code));
                } catch (IllegalArgumentException unknown) {
                    in.problems().reject("roles", "Unknown role " + code);
                }
            }
        }
        return roles;
    }
}
