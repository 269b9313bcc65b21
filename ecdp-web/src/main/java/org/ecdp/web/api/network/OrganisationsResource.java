package org.ecdp.web.api.network;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecdp.domain.network.boundary.OrganisationSetup;
import org.ecdp.domain.network.boundary.OrganisationSetup.NewOrganisation;
import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.web.api.JsonInput;

/** The network's organisations: listed and opened by the network admin. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("NETWORK_ADMIN")
public class OrganisationsResource {

    public record OrganisationView(String code, String name, boolean sharesAggregates) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getCode(), o.getName(), o.isSharesAggregates());
        }
    }

    @Inject
    Organisations organisations;

    @Inject
    OrganisationSetup setup;

    @GET
    @Operation(summary = "Every organisation of the network (network admin)")
    public List<OrganisationView> list() {
        return organisations.all().stream().map(OrganisationView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an organisation with its first administrator; it starts with the network's themes (network admin)")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String code = in.string("code");
        String name = in.string("name");
        Boolean shares = in.bool("sharesAggregates");
        JsonObject admin = in.object("admin");
        JsonInput adminIn = new JsonInput(admin == null ? JsonObject.EMPTY_JSON_OBJECT : admin);
        String username = adminIn.string("username");
        String adminName = adminIn.string("name");
        String password = adminIn.string("password");
        try {
            adminIn.problems().throwIfAny();
        } catch (InvalidInput wrongType) {
            wrongType.errors().forEach(e -> in.problems().reject("admin." + e.field(), e.message()));
        }
        in.problems().check(code != null, "code", "Required").check(name != null, "name", "Required")
                .check(admin != null || in.has("admin"), "admin", "Required: the organisation's first administrator")
                .check(admin == null || username != null, "admin.username", "Required")
                .check(admin == null || adminName != null, "admin.name", "Required")
                .check(admin == null || password != null, "admin.password", "Required").throwIfAny();
        Organisation opened = setup.open(new NewOrganisation(code, name, shares != null && shares, username, adminName, password));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.getCode()).build()).entity(OrganisationView.of(opened)).build();
    }
}
