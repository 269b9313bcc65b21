package org.ecdp.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecdp.domain.service.boundary.Services;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's services, for any signed-in caller. */
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
}
