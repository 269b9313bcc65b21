package org.ecdp.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import org.ecdp.mentoring.dashboard.boundary.Dashboard;
import org.ecdp.mentoring.dashboard.control.DashboardFigures;
import org.ecdp.mentoring.match.boundary.Journeys;
import org.ecdp.mentoring.match.boundary.Matching;
import org.ecdp.mentoring.match.boundary.Weights;
import org.ecdp.mentoring.match.entity.GoalProgress;
import org.ecdp.mentoring.match.entity.Journey;
import org.ecdp.mentoring.match.entity.MentoringSession;
import org.ecdp.mentoring.matching.entity.MatchWeights;
import org.ecdp.mentoring.renewal.boundary.Reminders;
import org.ecdp.mentoring.renewal.control.Renewals;
import org.ecdp.mentoring.renewal.entity.Reminder;
import org.ecdp.mentoring.match.entity.Match;
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

    @Inject
    Journeys journeys;

    @Inject
    Weights weights;

    @Inject
    Reminders reminders;

    @Inject
    Dashboard dashboard;

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

    @POST
    @Path("matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a pair to both people: {request, volunteer, run?}; refused if no longer safe, possible or free")
    public Response propose(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        Integer request = in.integer("request");
        Integer volunteer = in.integer("volunteer");
        Integer run = in.integer("run");
        in.problems().check(request != null, "request", "Required").check(volunteer != null, "volunteer", "Required").throwIfAny();
        Match match = matching.propose(request, volunteer, run == null ? null : run.longValue());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(match.getId())).build()).entity(matchJson(match)).build();
    }

    @POST
    @Path("matches/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a proposal was declined, with the reason: {reason}; the pair is never proposed again")
    public JsonObject decline(@PathParam("id") long id, JsonObject body) {
        return matchJson(matching.decline(id, new JsonInput(body).string("reason")));
    }

    @POST
    @Path("matches/{id}/introduce")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Both agreed: {firstMeetingOn}")
    public JsonObject introduce(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        LocalDate first = in.date("firstMeetingOn");
        in.problems().throwIfAny();
        return matchJson(matching.introduce(id, first));
    }

    @POST
    @Path("matches/{id}/start")
    @Operation(summary = "The first meeting happened: the match is active")
    public JsonObject start(@PathParam("id") long id) {
        return matchJson(matching.activate(id));
    }

    @POST
    @Path("matches/{id}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A theme heard in this match, logged in the Peer Mentoring tab of the lived experience log: {themes, summary}")
    public Response themeHeard(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        List<String> themes = in.strings("themes");
        String summary = in.string("summary");
        in.problems().throwIfAny();
        matching.themeHeard(id, themes, summary);
        return Response.noContent().build();
    }

    @POST
    @Path("matches/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A mentoring session on a started match: {heldOn, minutes, whatWasDone, place, themes?, themeSummary?}; "
            + "themes go to the Peer Mentoring tab of the lived experience log")
    public Response recordSession(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        LocalDate heldOn = in.date("heldOn");
        Integer minutes = in.integer("minutes");
        String what = in.string("whatWasDone");
        String place = in.string("place");
        List<String> themes = in.strings("themes");
        String themeSummary = in.string("themeSummary");
        in.problems().throwIfAny();
        MentoringSession session = journeys.recordSession(id, heldOn, minutes, what, place, themes, themeSummary);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.getId())).build()).entity(sessionJson(session)).build();
    }

    @GET
    @Path("matches/{id}/sessions")
    @Operation(summary = "The sessions of a match, oldest first")
    public JsonArray sessions(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        journeys.sessions(id).forEach(s -> items.add(sessionJson(s)));
        return items.build();
    }

    @POST
    @Path("matches/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress on one of the person's goals, 1 to 10: {goal, score, notes?}")
    public Response recordProgress(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String goal = in.string("goal");
        Integer score = in.integer("score");
        String notes = in.string("notes");
        in.problems().throwIfAny();
        GoalProgress progress = journeys.recordProgress(id, goal, score, notes);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(progress.getId())).build()).entity(progressJson(progress)).build();
    }

    @GET
    @Path("matches/{id}/progress")
    @Operation(summary = "Goal progress recorded on a match, oldest first")
    public JsonArray progress(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        journeys.progress(id).forEach(p -> items.add(progressJson(p)));
        return items.build();
    }

    @GET
    @Path("requests/{id}/journey")
    @Operation(summary = "The person's journey: the request, every match (declined and closed too), sessions and goal progress over time")
    public JsonObject journey(@PathParam("id") long id) {
        Journey j = journeys.journey(id);
        JsonArrayBuilder matches = Json.createArrayBuilder();
        for (Match m : j.matches()) {
            JsonObjectBuilder o = Json.createObjectBuilder(matchJson(m)).add("suggestedOn", m.getSuggestedOn().toString())
                    .add("reviewsDone", m.getReviewsDone());
            optional(o, "lastReviewOn", m.getLastReviewOn() == null ? null : m.getLastReviewOn().toString());
            optional(o, "reviewNotes", m.getReviewNotes());
            optional(o, "closedOn", m.getClosedOn() == null ? null : m.getClosedOn().toString());
            optional(o, "closingReason", m.getClosingReason() == null ? null : m.getClosingReason().name());
            optional(o, "outcome", m.getOutcome());
            matches.add(o);
        }
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        j.sessions().forEach(s -> sessions.add(sessionJson(s)));
        JsonArrayBuilder progress = Json.createArrayBuilder();
        j.progress().forEach(p -> progress.add(progressJson(p)));
        return Json.createObjectBuilder().add("request", requestJson(j.request())).add("matches", matches).add("sessions", sessions)
                .add("progress", progress).add("totalMinutes", j.totalMinutes()).build();
    }

    @GET
    @Path("weights")
    @Operation(summary = "The match weights the next run uses")
    public JsonObject getWeights() {
        return weightsJson(weights.current());
    }

    @PUT
    @Path("weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the match weights (every field, each 0 to 1000; waitingFullAfterDays at least 1); used from the next run")
    public JsonObject putWeights(JsonObject body) {
        JsonInput in = new JsonInput(body);
        java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
        for (String field : List.of("goals", "sharedExperience", "availability", "travel", "language", "accessNeeds", "waiting")) {
            Double v = in.number(field);
            in.problems().check(in.has(field), field, "Required");
            values.put(field, v);
        }
        Integer full = in.integer("waitingFullAfterDays");
        in.problems().check(in.has("waitingFullAfterDays"), "waitingFullAfterDays", "Required");
        in.problems().throwIfAny();
        MatchWeights w = new MatchWeights(values.get("goals"), values.get("sharedExperience"), values.get("availability"), values.get("travel"),
                values.get("language"), values.get("accessNeeds"), values.get("waiting"), full);
        return weightsJson(weights.save(w));
    }

    @DELETE
    @Path("weights")
    @Operation(summary = "Restore the default match weights")
    public JsonObject restoreWeights() {
        return weightsJson(weights.restoreDefaults());
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "The coordinator's dashboard: waiting bands, time to match by month (R-7 percentiles), utilisation, renewals due within 60 days, recent reminders")
    public JsonObject dashboard() {
        LocalDate today = dashboard.today();
        JsonArrayBuilder bands = Json.createArrayBuilder();
        for (DashboardFigures.Band b : dashboard.waitingBands()) {
            JsonArrayBuilder people = Json.createArrayBuilder();
            b.people().forEach(w -> people.add(Json.createObjectBuilder().add("request", w.requestId()).add("ref", w.ref())
                    .add("daysWaiting", DashboardFigures.daysWaiting(w.referredOn(), today))));
            JsonObjectBuilder o = Json.createObjectBuilder().add("label", b.label()).add("fromDays", b.fromDays());
            if (b.toDays() == null) {
                o.addNull("toDays");
            } else {
                o.add("toDays", b.toDays());
            }
            bands.add(o.add("count", b.count()).add("people", people));
        }
        JsonArrayBuilder months = Json.createArrayBuilder();
        dashboard.timeToMatch().forEach(m -> months.add(Json.createObjectBuilder().add("month", m.month().toString()).add("matched", m.matched())
                .add("medianDays", m.medianDays()).add("p90Days", m.p90Days())));
        DashboardFigures.Utilisation u = dashboard.utilisation();
        JsonArrayBuilder loads = Json.createArrayBuilder();
        u.volunteers().forEach(l -> loads.add(Json.createObjectBuilder().add("volunteer", l.volunteerId()).add("name", l.volunteer())
                .add("used", l.used()).add("capacity", l.capacity())));
        JsonArrayBuilder expiring = Json.createArrayBuilder();
        reminders.expiring().forEach(r -> expiring.add(renewalJson(r, today)));
        JsonArrayBuilder recent = Json.createArrayBuilder();
        reminders.recent(60).forEach(r -> recent.add(reminderJson(r)));
        return Json.createObjectBuilder().add("today", today.toString()).add("waiting", bands)
                .add("timeToMatch", Json.createObjectBuilder().add("estimation", DashboardFigures.ESTIMATION.name()).add("months", months))
                .add("utilisation", Json.createObjectBuilder().add("used", u.used()).add("capacity", u.capacity()).add("volunteers", loads))
                .add("expiring", expiring).add("reminders", recent).build();
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Record today's renewal reminders now (the daily job does the same; nothing is recorded twice): the new ones")
    public JsonArray remindNow() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        reminders.remindNow().forEach(r -> items.add(reminderJson(r)));
        return items.build();
    }

    @POST
    @Path("referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"STAFF", "COORDINATOR"})
    @Operation(summary = "Staff of any service refer a person for mentoring: a request with referringService (a service the caller works in)")
    public Response refer(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        in.problems().check(in.has("referringService"), "referringService", "Required");
        RequestDraft draft = requestDraft(body, in.problems());
        MentoringRequest request = requests.record(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.getId())).build()).entity(referralJson(request)).build();
    }

    @GET
    @Path("referrals")
    @RolesAllowed({"STAFF", "COORDINATOR"})
    @Operation(summary = "The caller's own referrals, newest first, with whether the person is waiting, matched or withdrawn (never volunteer details)")
    public JsonArray myReferrals() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        requests.myReferrals().forEach(r -> items.add(referralJson(r)));
        return items.build();
    }

    private JsonObject referralJson(MentoringRequest r) {
        return Json.createObjectBuilder(requestJson(r)).add("status", requests.referralStatus(r).name()).build();
    }

    static JsonObject sessionJson(MentoringSession s) {
        return Json.createObjectBuilder().add("id", s.getId()).add("match", s.getMatch().getId()).add("heldOn", s.getHeldOn().toString())
                .add("minutes", s.getMinutes()).add("whatWasDone", s.getWhatWasDone()).add("place", s.getPlace()).build();
    }

    static JsonObject progressJson(GoalProgress p) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.getId()).add("match", p.getMatch().getId()).add("goal", p.getGoal().name())
                .add("score", p.getScore()).add("recordedOn", p.getRecordedOn().toString());
        optional(o, "notes", p.getNotes());
        return o.build();
    }

    static JsonObject weightsJson(MatchWeights w) {
        return Json.createObjectBuilder().add("goals", w.goals()).add("sharedExperience", w.sharedExperience()).add("availability", w.availability())
                .add("travel", w.travel()).add("language", w.language()).add("accessNeeds", w.accessNeeds()).add("waiting", w.waiting())
                .add("waitingFullAfterDays", w.waitingFullAfterDays()).add("defaults", w.equals(MatchWeights.DEFAULTS)).build();
    }

    static JsonObject renewalJson(Renewals.Renewal r, LocalDate today) {
        return Json.createObjectBuilder().add("volunteer", r.volunteerId()).add("name", r.volunteer()).add("kind", r.kind().name())
                .add("dueOn", r.dueOn().toString()).add("daysLeft", r.daysLeft(today)).build();
    }

    static JsonObject reminderJson(Reminder r) {
        return Json.createObjectBuilder().add("volunteer", r.getVolunteer().getId()).add("name", r.getVolunteer().getName())
                .add("kind", r.getKind().name()).add("thresholdDays", r.getThresholdDays()).add("dueOn", r.getDueOn().toString())
                .add("remindedOn", r.getRemindedOn().toString()).build();
    }

    static JsonObject matchJson(Match m) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", m.getId()).add("request", m.getRequest().getId())
                .add("volunteer", m.getVolunteer().getId()).add("stage", m.getStage().name()).add("score", m.getScore());
        optional(o, "proposedOn", m.getProposedOn() == null ? null : m.getProposedOn().toString());
        optional(o, "firstMeetingOn", m.getFirstMeetingOn() == null ? null : m.getFirstMeetingOn().toString());
        optional(o, "declinedReason", m.getDeclinedReason());
        return o.build();
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
        return requestDraft(body, null);
    }

    /** A request from JSON; problems already found by the caller ({@code earlier}) are reported with the draft's. */
    static RequestDraft requestDraft(JsonObject body, InvalidInput.Collector earlier) {
        JsonInput in = new JsonInput(body);
        if (earlier != null) {
            prefixed(in.problems(), earlier, "");
        }
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
