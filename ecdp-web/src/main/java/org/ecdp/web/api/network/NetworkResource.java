package org.ecdp.web.api.network;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ecdp.logging.theme.boundary.NetworkThemes;

/** What the network shares: its themes (any signed-in user). */
@Path("network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    /** As {@code GET /api/themes} answers a theme; a network theme is never retired. */
    public record NetworkThemeView(String code, String name, String parent, boolean retired) {
    }

    @Inject
    NetworkThemes themes;

    @GET
    @Path("themes")
    @Operation(summary = "The network's shared themes, which every organisation's themes map to")
    public List<NetworkThemeView> themes() {
        return themes.all().stream().map(t -> new NetworkThemeView(t.getCode(), t.getName(), t.getParentCode(), false)).toList();
    }
}
