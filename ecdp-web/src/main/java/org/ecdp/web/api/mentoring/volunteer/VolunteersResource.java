package org.ecdp.web.api.mentoring.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.volunteer.boundary.Volunteers;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;
import org.ecdp.web.api.JsonInput;
import org.ecdp.web.api.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Volunteer mentors, for the coordinator: registered, and listed by name a page at a time (the
 * database reads only the page; each read of their contact and DBS details is audited).
 */
@Path("mentoring/volunteers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class VolunteersResource {

    @Inject
    Volunteers volunteers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a volunteer mentor")
    public Response register(JsonObject body, @Context UriInfo uri) {
        Volunteer volunteer = volunteers.register(draft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(volunteer.getId())).build())
                .entity(VolunteerView.of(volunteer)).build();
    }

    @GET
    @Operation(summary = "Volunteers, by name, a page at a time")
    public Page<VolunteerView> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.check(page, size);
        long total = volunteers.count();
        return new Page<>(total, volunteers.page(page * size, size).stream().map(VolunteerView::of).toList());
    }

    /** The body as a draft; a problem inside {@code dbs} is named with its path (e.g. {@code dbs.issuedOn}). */
    static VolunteerDraft draft(JsonObject body) {
        JsonInput in = new JsonInput(body);
        JsonObject dbs = in.object("dbs");
        String level = null;
        LocalDate issuedOn = null;
        Boolean updateService = null;
        if (dbs != null) {
            JsonInput d = new JsonInput(dbs);
            level = d.string("level");
            issuedOn = d.date("issuedOn");
            updateService = d.bool("updateService");
            try {
                d.problems().throwIfAny();
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(e -> in.problems().reject("dbs." + e.field(), e.message()));
            }
        }
        VolunteerDraft draft = new VolunteerDraft(in.string("name"), in.string("email"), in.string("phone"), in.string("district"),
                in.bool("remote"), in.integer("travelKm"), in.integer("capacity"), in.strings("skills"), in.strings("languages"),
                in.strings("livedExperience"), in.strings("availability"), in.strings("accessSupport"), level, issuedOn,
                updateService, in.date("trainingCompletedOn"), in.string("status"));
        in.problems().check(in.has("name"), "name", "Required").check(in.has("district"), "district", "Required")
                .check(in.has("capacity"), "capacity", "Required");
        in.problems().throwIfAny();
        return draft;
    }
}
