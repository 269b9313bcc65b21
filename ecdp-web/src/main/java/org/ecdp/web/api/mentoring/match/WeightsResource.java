package org.ecdp.web.api.mentoring.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.mentoring.match.boundary.Weights;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.mentoring.match.MatchViews.WeightsView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The match weights: what each criterion is worth in the next run; the coordinator may change or restore them. */
@Path("mentoring/weights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class WeightsResource {

    private static final List<String> CRITERIA = List.of("goals", "sharedExperience", "availability", "travel", "language",
            "accessNeeds", "waiting");

    @Inject
    Weights weights;

    @GET
    @Operation(summary = "The match weights the next run uses")
    public WeightsView current() {
        return WeightsView.of(weights.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the match weights (every field, each 0 to 1000; waitingFullAfterDays at least 1); used from the next run")
    public WeightsView change(JsonObject body) {
        JsonInput in = new JsonInput(body);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String field : CRITERIA) {
            Double v = in.number(field);
            in.problems().check(in.has(field), field, "Required");
            values.put(field, v);
        }
        Integer full = in.integer("waitingFullAfterDays");
        in.problems().check(in.has("waitingFullAfterDays"), "waitingFullAfterDays", "Required");
        in.problems().throwIfAny();
        MatchWeights w = new MatchWeights(values.get("goals"), values.get("sharedExperience"), values.get("availability"),
                values.get("travel"), values.get("language"), values.get("accessNeeds"), values.get("waiting"), full);
        return WeightsView.of(weights.save(w));
    }

    @DELETE
    @Operation(summary = "Restore the default match weights")
    public WeightsView restoreDefaults() {
        return WeightsView.of(weights.restoreDefaults());
    }
}
