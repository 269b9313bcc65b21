package org.ecdp.web.api.housing;

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
import org.ecdp.housing.instrument.boundary.Instruments;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.housing.HousingViews.InstrumentView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outcome instruments: read by every housing role, defined by an administrator. */
@Path("housing/instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    @Inject
    Instruments instruments;

    @GET
    @RolesAllowed({"COORDINATOR", "COACH", "EVALUATOR", "ADMIN"})
    @Operation(summary = "Every outcome instrument: items, ranges, scoring rule and minimal important change")
    public List<InstrumentView> instruments() {
        return instruments.all().stream().map(InstrumentView::of).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a summed instrument written for the organisation (admin); never a licensed one")
    public Response defineInstrument(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String code = in.string("code");
        String name = in.string("name");
        List<String> items = in.strings("items");
        Integer itemMin = in.integer("itemMin");
        Integer itemMax = in.integer("itemMax");
        Double mic = in.number("minimalImportantChange");
        Boolean higherIsBetter = in.bool("higherIsBetter");
        in.problems().throwIfAny();
        Instrument created = instruments.define(code, name, items, itemMin, itemMax, mic, higherIsBetter);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build()).entity(InstrumentView.of(created)).build();
    }
}
