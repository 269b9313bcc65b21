package org.ecdp.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
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
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's services, read by any signed-in caller, added by the administrator. */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    public record ServiceView(String code, String name) {
    }

    @Inject
    Services services;

    @GET
    @Operation(summary = "The organisation's open services")
    public List<ServiceView> list() {
        return services.open().stream().map(s -> new ServiceView(s.getCode(), s.getName())).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a service (administrator)")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String code = in.string("code");
        String name = in.string("name");
        in.problems().check(code != null, "code", "Required").check(name != null, "name", "Required").throwIfAny();
        Service created = services.create(code, name);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .entity(new ServiceView(created.getCode(), created.getName())).build();
    }
}
