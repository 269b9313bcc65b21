package org.ecdp.web.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecdp.domain.privacy.boundary.People;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.privacy.boundary.VolunteerRecords;
import org.ecdp.web.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Data protection requests about one person (shared/API.md, "Data protection"): subject access
 * as JSON or a PDF to give them, erasure and objection; volunteers likewise by id.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    People people;

    @Inject
    VolunteerRecords volunteers;

    @Inject
    Clock clock;

    @GET
    @Path("{ref}")
    @RolesAllowed("ADMIN")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(summary = "Subject access (admin): everything held about the person across the log, mentoring and housing;"
            + " format=pdf for a document to give them; 404 when nothing is held")
    public Response subjectAccess(@PathParam("ref") String ref, @QueryParam("format") @DefaultValue("json") String format) {
        boolean pdf = checkFormat(format);
        Map<String, List<Map<String, Object>>> held = people.subjectAccess(ref);
        String normalised = People.normalise(ref);
        if (pdf) {
            return Response.ok(SubjectAccessDocument.pdf("What we hold about " + normalised, held, LocalDate.now(clock)), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"subject-access.pdf\"").build();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ref", normalised);
        answer.putAll(held);
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{ref}/erasure")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the person (admin; a reason is required): what identifies them goes in every module at once,"
            + " counts stay; answers the records changed per capability")
    public Map<String, Integer> erase(@PathParam("ref") String ref, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String reason = in.string("reason");
        in.problems().throwIfAny();
        return people.erase(ref, reason);
    }

    @POST
    @Path("{ref}/objection")
    @RolesAllowed({"ADMIN", "OFFICER"})
    @Operation(summary = "The person objects to being quoted: their entries still count but never appear as quotes in evidence packs")
    public Map<String, Object> object(@PathParam("ref") String ref) {
        int records = people.object(ref);
        return Map.of("ref", People.normalise(ref), "records", records);
    }

    @GET
    @Path("volunteers/{id: [0-9]+}")
    @RolesAllowed("ADMIN")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(summary = "Subject access for a volunteer (admin), as JSON or format=pdf")
    public Response volunteer(@PathParam("id") long id, @QueryParam("format") @DefaultValue("json") String format) {
        boolean pdf = checkFormat(format);
        Map<String, Object> held = volunteers.subjectAccess(id);
        if (pdf) {
            return Response.ok(SubjectAccessDocument.pdf("What we hold about you as a volunteer", Map.of("mentoring", List.of(held)),
                    LocalDate.now(clock)), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"subject-access.pdf\"").build();
        }
        return Response.ok(held, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("volunteers/{id: [0-9]+}/erasure")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a volunteer's name, contact details and lived experience (admin; a reason is required)")
    public Map<String, Integer> eraseVolunteer(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String reason = in.string("reason");
        in.problems().throwIfAny();
        return Map.of("mentoring", volunteers.erase(id, reason));
    }

    private static boolean checkFormat(String format) {
        return switch (format.toLowerCase()) {
            case "json" -> false;
            case "pdf" -> true;
            default -> throw InvalidInput.of("format", "Use json or pdf");
        };
    }
}
