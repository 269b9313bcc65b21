package org.ecdp.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.entity.MatchRun;
import org.ecdp.mentoring.matching.entity.Assignment;
import org.ecdp.mentoring.matching.entity.DbsCertificate;
import org.ecdp.mentoring.matching.entity.Reason;
import org.ecdp.mentoring.request.boundary.MentoringRequests;
import org.ecdp.mentoring.request.entity.MentoringRequest;
import org.ecdp.mentoring.request.entity.RequestDraft;
import org.ecdp.mentoring.volunteer.boundary.Volunteers;
import org.ecdp.mentoring.volunteer.entity.Volunteer;
import org.ecdp.mentoring.volunteer.entity.VolunteerDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Peer mentoring for the coordinator: volunteers, requests, match runs and their score
 * matrices. A run is kept, so reading it (or its scores) later answers exactly the same.
 */
@Path("mentoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class MentoringResource {

    @Inject
    Volunteers volunteers;

    @Inject
    MentoringRequests requests;

    @Inject
    Matching matching;

    @POST
    @Path("volunteers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a volunteer mentor")
    public Response registerVolunteer(JsonObject body, @Context UriInfo uri) {
        Volunteer volunteer = volunteers.register(volunteerDraft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(volunteer.getId())).build())
                .entity(volunteerJson(volunteer)).build();
    }

    @GET
    @Path("volunteers")
    @Operation(summary = "Volunteers, by name, a page at a time")
    public JsonObject listVolunteers(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.check(page, size);
        List<Volunteer> all = volunteers.all();
        JsonArrayBuilder items = Json.createArrayBuilder();
        all.stream().skip((long) page * size).limit(size).forEach(v -> items.add(volunteerJson(v)));
        return Json.createObjectBuilder().add("total", all.size()).add("items", items).build();
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person's request for a mentor")
    public Response recordRequest(JsonObject body, @Context UriInfo uri) {
        MentoringRequest request = requests.record(requestDraft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.getId())).build())
                .entity(requestJson(request)).build();
    }

    @GET
    @Path("requests")
    @Operation(summary = "The waiting list, longest waiting first, a page at a time")
    public JsonObject waitingList(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.check(page, size);
        List<MentoringRequest> waiting = requests.waiting();
        JsonArrayBuilder items = Json.createArrayBuilder();
        waiting.stream().skip((long) page * size).limit(size)
                .forEach(r -> items.add(Json.createObjectBuilder(requestJson(r)).add("daysWaiting", requests.daysWaiting(r))));
        return Json.createObjectBuilder().add("total", waiting.size()).add("items", items).build();
    }

    @POST
    @Path("match-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run matching over the requests and volunteers named (default: all waiting, all available)")
    public Response run(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
        List<Long> requestIds = in.ids("requests");
        List<Long> volunteerIds = in.ids("volunteers");
        in.problems().throwIfAny();
        MatchRun run = matching.run(requestIds, volunteerIds);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(run.getId())).build()).entity(runJson(run)).build();
    }

    @GET
    @Path("match-runs/{id}")
    @Operation(summary = "A match run as it was answered")
    public JsonObject getRun(@PathParam("id") long id) {
        return runJson(matching.getRun(id));
    }

    @GET
    @Path("match-runs/{id}/scores")
    @Operation(summary = "The score of every pair in a run, null where a hard constraint forbids it")
    public Response scores(@PathParam("id") long id) {
        return Response.ok(matching.getRun(id).scoresJson(), MediaType.APPLICATION_JSON).build();
    }

    static JsonObject runJson(MatchRun run) {
        org.ecdp.mentoring.matching.entity.MatchRun result = run.result();
        JsonArrayBuilder assignments = Json.createArrayBuilder();
        for (Assignment a : result.assignments()) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            for (Reason r : a.reasons()) {
                reasons.add(Json.createObjectBuilder().add("criterion", r.criterion().name()).add("points", r.points())
                        .add("detail", r.detail() == null ? "" : r.detail()));
            }
            assignments.add(Json.createObjectBuilder().add("request", a.request()).add("volunteer", a.volunteer())
                    .add("score", a.score()).add("pinned", a.pinned()).add("reasons", reasons));
        }
        JsonArrayBuilder unmatched = Json.createArrayBuilder();
        result.unmatched().forEach(unmatched::add);
        return Json.createObjectBuilder().add("id", run.getId()).add("ranOn", run.getRanOn().toString())
                .add("assignments", assignments).add("unmatched", unmatched).add("totalScore", result.totalScore()).build();
    }

    static JsonObject volunteerJson(Volunteer v) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", v.getId()).add("name", v.getName());
        optional(o, "email", v.getEmail());
        optional(o, "phone", v.getPhone());
        o.add("district", v.getDistrict().name()).add("remote", v.isRemote()).add("travelKm", v.getTravelKm())
                .add("capacity", v.getCapacity()).add("skills", codes(v.getSkills())).add("languages", Json.createArrayBuilder(v.getLanguages()))
                .add("livedExperience", codes(v.getLivedExperience())).add("availability", codes(v.getAvailability()))
                .add("accessSupport", codes(v.getAccessSupport()));
        DbsCertificate dbs = v.getDbs();
        if (dbs == null) {
            o.addNull("dbs");
        } else {
            o.add("dbs", Json.createObjectBuilder().add("level", dbs.level().name()).add("issuedOn", dbs.issuedOn().toString())
                    .add("updateService", dbs.updateService()));
        }
        optional(o, "trainingCompletedOn", v.getTrainingCompletedOn() == null ? null : v.getTrainingCompletedOn().toString());
        return o.add("status", v.getStatus().name()).build();
    }

    static JsonObject requestJson(MentoringRequest r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.getId()).add("ref", r.getRef())
                .add("district", r.getDistrict().name()).add("remoteOk", r.isRemoteOk()).add("goals", codes(r.getGoals()))
                .add("languages", Json.createArrayBuilder(r.getLanguages()));
        optional(o, "sharedExperience", r.getSharedExperience() == null ? null : r.getSharedExperience().name());
        o.add("availability", codes(r.getAvailability())).add("accessNeeds", codes(r.getAccessNeeds()))
                .add("referredOn", r.getReferredOn().toString());
        optional(o, "referringService", r.getReferringService() == null ? null : r.getReferringService().getCode());
        return o.build();
    }

    static VolunteerDraft volunteerDraft(JsonObject body) {
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
            prefixed(in.problems(), d.problems(), "dbs.");
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

    static RequestDraft requestDraft(JsonObject body) {
        JsonInput in = new JsonInput(body);
        RequestDraft draft = new RequestDraft(in.string("ref"), in.string("district"), in.bool("remoteOk"), in.strings("goals"),
                in.strings("languages"), in.string("sharedExperience"), in.strings("availability"), in.strings("accessNeeds"),
                in.date("referredOn"), in.string("referringService"));
        in.problems().check(in.has("ref"), "ref", "Required").check(in.has("district"), "district", "Required")
                .check(in.has("goals"), "goals", "Choose at least one goal").check(in.has("referredOn"), "referredOn", "Required");
        in.problems().throwIfAny();
        return draft;
    }

    /** Problems found inside a nested object, named with its path (e.g. {@code dbs.issuedOn}). */
    private static void prefixed(InvalidInput.Collector into, InvalidInput.Collector nested, String prefix) {
        try {
            nested.throwIfAny();
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(e -> into.reject(prefix + e.field(), e.message()));
        }
    }

    private static JsonArrayBuilder codes(Collection<? extends Enum<?>> codes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        codes.forEach(c -> array.add(c.name()));
        return array;
    }

    private static void optional(JsonObjectBuilder o, String field, String value) {
        if (value == null) {
            o.addNull(field);
        } else {
            o.add(field, value);
        }
    }

}
