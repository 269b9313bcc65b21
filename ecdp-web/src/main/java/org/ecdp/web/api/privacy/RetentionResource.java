package org.ecdp.web.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.privacy.boundary.Retention;
import org.ecdp.domain.privacy.entity.ProcessingRecord;
import org.ecdp.domain.privacy.entity.RetentionApplied;
import org.ecdp.domain.privacy.entity.RetentionKind;
import org.ecdp.domain.validation.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The retention schedule (admin): read, change, apply now; and the records of processing built from it. */
@Path("retention")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    public record Rules(List<RetentionKind> rules) {
    }

    public record Applied(List<RetentionApplied> applied) {
    }

    @Inject
    Retention retention;

    @GET
    @Operation(summary = "The retention rules in force: kind, months, description (and capability, default, reason)")
    public Rules rules() {
        return new Rules(retention.rules());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change retention periods: {\"rules\":[{\"kind\",\"months\"}]}, months at least 1; kinds left out keep theirs")
    public Rules change(JsonObject body) {
        if (body == null || !(body.get("rules") instanceof JsonArray rules)) {
            throw InvalidInput.of("rules", "Send {\"rules\":[{\"kind\":...,\"months\":...}]}");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Map<String, Integer> months = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonValue item = rules.get(i);
            if (!(item instanceof JsonObject rule)) {
                problems.reject("rules[" + i + "]", "Must be an object with kind and months");
                continue;
            }
            if (!(rule.get("kind") instanceof JsonString kind)) {
                problems.reject("rules[" + i + "].kind", "Required, a string");
                continue;
            }
            if (!(rule.get("months") instanceof JsonNumber number) || !number.isIntegral()
                    || number.bigIntegerValue().bitLength() > 31) {
                problems.reject("rules[" + i + "].months", "Required, a whole number of months (at least 1)");
                continue;
            }
            if (months.put(kind.getString(), number.intValue()) != null) {
                problems.reject("rules[" + i + "].kind", kind.getString() + " is given twice");
            }
        }
        problems.throwIfAny();
        return new Rules(retention.update(months));
    }

    @POST
    @Path("run")
    @Operation(summary = "Apply the retention rules now (they also run every night); answers the records changed per kind")
    public Applied run() {
        return new Applied(retention.runNow());
    }

    @GET
    @Path("records")
    @Operation(summary = "The records of processing: what each capability holds, why, who sees it, and for how long")
    public List<ProcessingRecord> records() {
        return retention.processing();
    }
}
