package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.ecdp.logging.theme.boundary.Themes;
import org.ecdp.logging.theme.entity.Theme;
import org.ecdp.web.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The theme list: read by anyone signed in, extended by the officer. */
@Path("themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    public record ThemeView(String code, String name, String parent, boolean retired, String networkTheme) {
        static ThemeView of(Theme t) {
            return new ThemeView(t.getCode(), t.getName(), t.getParentCode(), t.isRetired(), t.getNetworkTheme());
        }
    }

    @Inject
    Themes themes;

    @GET
    @Operation(summary = "Every theme, with its parent and whether it is retired")
    public List<ThemeView> list() {
        return themes.all().stream().map(ThemeView::of).toList();
    }

    @POST
    @RolesAllowed("OFFICER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a theme (officer)")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String code = in.string("code");
        String name = in.string("name");
        String parent = in.string("parent");
        String networkTheme = in.string("networkTheme");
        in.problems().check(code != null, "code", "Required").check(name != null, "name", "Required").throwIfAny();
        Theme created = themes.create(code, name, parent, networkTheme);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build()).entity(ThemeView.of(created)).build();
    }
}
