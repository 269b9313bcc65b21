package org.ecdp.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.validation.FieldError;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.domain.validation.NotFound;
import org.ecdp.housing.allocation.entity.ChainHead;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.housing.coaching.boundary.Coaching;
import org.ecdp.housing.coaching.entity.CoachingSession;
import org.ecdp.housing.coaching.entity.CoachingTopic;
import org.ecdp.housing.instrument.entity.Instrument;
import org.ecdp.housing.programme.boundary.Programmes;
import org.ecdp.housing.programme.entity.BinaryResult;
import org.ecdp.housing.programme.entity.DatasetRow;
import org.ecdp.housing.programme.entity.EnrolmentDraft;
import org.ecdp.housing.programme.entity.Outcome;
import org.ecdp.housing.programme.entity.OutcomeDraft;
import org.ecdp.housing.programme.entity.Participant;
import org.ecdp.housing.programme.entity.Programme;
import org.ecdp.housing.programme.entity.ProgrammeDraft;
import org.ecdp.housing.programme.entity.SequenceDisclosure;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Supported housing life coaching: programmes (evaluator or admin), enrolment and withdrawal
 * (coordinator), outcomes (coach or evaluator), sessions (coach), and the evaluator's analysis,
 * pseudonymised dataset, chain check and, after closing, the allocation sequence. No answer ever
 * carries the allocation seed of a programme that is still open, nor a future allocation.
 */
@Path("housing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HousingResource {

    public record ProgrammeView(long id, String name, List<String> schemes, List<String> instruments, List<String> strata,
                                List<Integer> blockSizes, List<Integer> ratio, Integer targetSize, String status,
                                String seedCommitment, long allocations, List<String> eligibility, String bandInstrument,
                                List<Double> bandCuts) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.getId(), p.getName(), p.getSchemes(), p.getInstruments(), p.getStrata(), p.getBlockSizes(),
                    p.getRatio(), p.getTargetSize(), p.getStatus().name(), p.getSeedCommitment(), p.chainHead().sequenceNumber(),
                    p.getEligibility(), p.bands().map(b -> b.instrument()).orElse(null), p.bands().map(b -> b.cuts()).orElse(null));
        }
    }

    public record EnrolmentView(long id, String arm) {
    }

    public record InstrumentView(String code, String name, List<String> items, int itemMin, int itemMax, double validMin,
                                 double validMax, double minimalImportantChange, boolean higherIsBetter, String scoringRule) {
        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.getCode(), i.getName(), i.getItems(), i.getItemMin(), i.getItemMax(), i.getValidMin(),
                    i.getValidMax(), i.getMinimalImportantChange(), i.isHigherIsBetter(), i.getScoringRule());
        }
    }

    public record ParticipantView(long id, String ref, String scheme, LocalDate enrolledOn, String arm, String coach,
                                  LocalDate withdrawnOn, String withdrawalReason) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(p.getId(), p.getRef(), p.getScheme(), p.getEnrolledOn(),
                    p.getArm() == null ? null : p.getArm().name(), p.getCoach() == null ? null : p.getCoach().getUsername(),
                    p.getWithdrawnOn(), p.getWithdrawalReason());
        }
    }

    public record OutcomeView(long participant, String instrument, String timepoint, double score, LocalDate recordedOn,
                              boolean outsideWindow) {
        static OutcomeView of(Outcome o) {
            return new OutcomeView(o.getParticipant().getId(), o.getInstrument().getCode(), o.getTimepoint().name(), o.getScore(),
                    o.getRecordedOn(), o.isOutsideWindow());
        }
    }

    public record BinaryOutcomeView(long participant, String outcome, boolean achieved, LocalDate recordedOn) {
        static BinaryOutcomeView of(BinaryResult b) {
            return new BinaryOutcomeView(b.getParticipant().getId(), b.getMeasure().name(), b.isAchieved(), b.getRecordedOn());
        }
    }

    public record SessionView(long participant, LocalDate on, int minutes, List<String> topics) {
        static SessionView of(CoachingSession s) {
            return new SessionView(s.getParticipant().getId(), s.getHeldOn(), s.getMinutes(),
                    s.getTopics().stream().map(Enum::name).toList());
        }
    }

    public record CoachView(String coach, int caseloadLimit, long caseload, String livedExperience) {
    }

    public record ChainView(int allocationsChecked, boolean intact, ChainVerification.BrokenLink firstBrokenLink,
                            ChainHead head) {
    }

    @Inject
    Programmes programmes;

    @Inject
    Coaching coaching;

    @GET
    @Path("instruments")
    @RolesAllowed({"COORDINATOR", "COACH", "EVALUATOR", "ADMIN"})
    @Operation(summary = "Every outcome instrument: items, ranges, scoring rule and minimal important change")
    public List<InstrumentView> instruments() {
        return programmes.instruments().stream().map(InstrumentView::of).toList();
    }

    @POST
    @Path("instruments")
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
        Instrument created = programmes.defineInstrument(code, name, items, itemMin, itemMax, mic, higherIsBetter);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build()).entity(InstrumentView.of(created)).build();
    }

    @GET
    @Path("coaches")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Operation(summary = "The active peer life coaches: caseload limit, current caseload and lived experience")
    public List<CoachView> coaches() {
        return coaching.coaches().stream()
                .map(c -> new CoachView(c.getUsername(), c.getCaseloadLimit(), coaching.caseload(c), c.getLivedExperience())).toList();
    }

    @POST
    @Path("coaches")
    @RolesAllowed({"COORDINATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or update a peer life coach: {\"coach\": portal account with the coach role, \"caseloadLimit\", \"livedExperience\"}")
    public Response defineCoach(JsonObject body) {
        JsonInput in = new JsonInput(body);
        String coach = in.string("coach");
        Integer limit = in.integer("caseloadLimit");
        String experience = in.string("livedExperience");
        in.problems().check(coach != null, "coach", "Required").check(limit != null, "caseloadLimit", "Required").throwIfAny();
        var c = coaching.defineCoach(coach, limit, experience);
        return Response.status(Response.Status.CREATED)
                .entity(new CoachView(c.getUsername(), c.getCaseloadLimit(), coaching.caseload(c), c.getLivedExperience())).build();
    }

    @GET
    @Path("programmes")
    @RolesAllowed({"COORDINATOR", "COACH", "EVALUATOR", "ADMIN"})
    @Operation(summary = "Every programme: design, status and the seed commitment (never the seed)")
    public List<ProgrammeView> programmes() {
        return programmes.all().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("programmes/{id}")
    @RolesAllowed({"COORDINATOR", "COACH", "EVALUATOR", "ADMIN"})
    @Operation(summary = "One programme")
    public ProgrammeView programme(@PathParam("id") long id) {
        return ProgrammeView.of(programmes.get(id));
    }

    @POST
    @Path("programmes")
    @RolesAllowed({"EVALUATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a programme (evaluator or admin); it starts recruiting unless status is SET_UP")
    public Response createProgramme(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        ProgrammeDraft draft = new ProgrammeDraft(in.string("name"), in.strings("schemes"), in.strings("instruments"),
                in.strings("strata"), integers(in, "blockSizes"), integers(in, "ratio"), in.integer("targetSize"), in.string("status"),
                in.strings("eligibility"), in.string("bandInstrument"), in.numbers("bandCuts"));
        in.problems().throwIfAny();
        Programme created = programmes.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ProgrammeView.of(created)).build();
    }

    @POST
    @Path("programmes/{id}/status")
    @RolesAllowed({"EVALUATOR", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start recruiting ({\"status\":\"RECRUITING\"}) or close ({\"status\":\"CLOSED\"}) a programme")
    public ProgrammeView changeStatus(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String status = in.string("status");
        in.problems().throwIfAny();
        if ("RECRUITING".equals(status)) {
            return ProgrammeView.of(programmes.startRecruiting(id));
        }
        if ("CLOSED".equals(status)) {
            return ProgrammeView.of(programmes.close(id));
        }
        throw InvalidInput.of("status", "Send RECRUITING or CLOSED");
    }

    @POST
    @Path("programmes/{id}/participants")
    @RolesAllowed("COORDINATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a consenting tenant with a baseline score; randomised now, the arm is in the answer")
    public Response enrol(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        JsonObject baseline = in.object("baseline");
        String instrument = null;
        Double score = null;
        if (baseline == null) {
            in.problems().check(in.has("baseline"), "baseline", "Record a baseline: {\"instrument\",\"score\"}");
        } else {
            JsonInput b = new JsonInput(baseline);
            instrument = b.string("instrument");
            score = b.number("score");
            if (b.problems().hasErrors()) {
                in.problems().reject("baseline", "Give the baseline as {\"instrument\": code, \"score\": number}");
            }
        }
        EnrolmentDraft draft = new EnrolmentDraft(in.string("ref"), in.string("scheme"), in.bool("consent"), in.date("consentOn"),
                in.string("consentVersion"), in.bool("eligibilityConfirmed"), instrument, score, in.booleans("eligibility"));
        in.problems().throwIfAny();
        Participant participant = programmes.enrol(id, draft);
        URI location = uri.getBaseUriBuilder().path("housing/participants").path(String.valueOf(participant.getId())).build();
        return Response.created(location).entity(new EnrolmentView(participant.getId(), participant.getArm().name())).build();
    }

    @GET
    @Path("programmes/{id}/participants")
    @RolesAllowed("COORDINATOR")
    @Operation(summary = "The programme's participants, as the coordinator knows them")
    public List<ParticipantView> participants(@PathParam("id") long id) {
        return programmes.participants(id).stream().map(ParticipantView::of).toList();
    }

    @POST
    @Path("participants/{id}/outcomes")
    @RolesAllowed({"COACH", "EVALUATOR"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a score at a timepoint; range-checked, never before enrolment")
    public Response recordOutcome(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        OutcomeDraft draft = new OutcomeDraft(in.string("instrument"), in.string("timepoint"), in.number("score"), in.date("recordedOn"));
        in.problems().check(in.has("instrument"), "instrument", "Required").check(in.has("timepoint"), "timepoint", "Required")
                .check(in.has("score"), "score", "Required").check(in.has("recordedOn"), "recordedOn", "Required");
        Response unknown = unknownParticipant(id);
        if (unknown != null) {
            return unknown;
        }
        in.problems().throwIfAny();
        return Response.status(Response.Status.CREATED).entity(OutcomeView.of(programmes.recordOutcome(id, draft))).build();
    }

    @POST
    @Path("participants/{id}/binary-outcomes")
    @RolesAllowed({"COORDINATOR", "COACH"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a yes/no outcome: {\"outcome\": TENANCY_SUSTAINED_M12 or MOVED_ON, \"achieved\", \"recordedOn\"}")
    public Response recordBinaryOutcome(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String outcome = in.string("outcome");
        Boolean achieved = in.bool("achieved");
        LocalDate recordedOn = in.date("recordedOn");
        in.problems().check(in.has("outcome"), "outcome", "Required").check(in.has("achieved"), "achieved", "Required")
                .check(in.has("recordedOn"), "recordedOn", "Required");
        Response unknown = unknownParticipant(id);
        if (unknown != null) {
            return unknown;
        }
        in.problems().throwIfAny();
        return Response.status(Response.Status.CREATED)
                .entity(BinaryOutcomeView.of(programmes.recordBinaryOutcome(id, outcome, achieved, recordedOn))).build();
    }

    @GET
    @Path("participants/{id}/binary-outcomes")
    @RolesAllowed({"COORDINATOR", "COACH"})
    @Operation(summary = "The yes/no outcomes recorded for a participant")
    public List<BinaryOutcomeView> binaryOutcomes(@PathParam("id") long id) {
        return programmes.binaryResults(programmes.participant(id)).stream().map(BinaryOutcomeView::of).toList();
    }

    @POST
    @Path("participants/{id}/withdrawal")
    @RolesAllowed("COORDINATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a participant withdrew, with the reason (for the CONSORT flow)")
    public ParticipantView withdraw(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String reason = in.string("reason");
        LocalDate on = in.date("on");
        programmes.participant(id);
        in.problems().throwIfAny();
        return ParticipantView.of(programmes.withdraw(id, reason, on));
    }

    @POST
    @Path("participants/{id}/coach")
    @RolesAllowed("COORDINATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a coached participant a coach with room on their caseload (never a control participant)")
    public ParticipantView assignCoach(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String coach = in.string("coach");
        in.problems().check(coach != null, "coach", "Required").throwIfAny();
        return ParticipantView.of(coaching.assignCoach(id, coach));
    }

    @POST
    @Path("participants/{id}/sessions")
    @RolesAllowed("COACH")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a coaching session with a tenant on your caseload")
    public Response logSession(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        LocalDate on = in.date("on");
        Integer minutes = in.integer("minutes");
        Set<CoachingTopic> topics = topics(in);
        in.problems().throwIfAny();
        return Response.status(Response.Status.CREATED).entity(SessionView.of(coaching.logSession(id, on, minutes, topics))).build();
    }

    @GET
    @Path("caseload")
    @RolesAllowed("COACH")
    @Operation(summary = "The signed-in coach's caseload")
    public List<ParticipantView> caseload() {
        return coaching.myCaseload().stream().map(ParticipantView::of).toList();
    }

    @GET
    @Path("programmes/{id}/evaluation")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Intention-to-treat comparison of the arms for an instrument at a follow-up timepoint, with the"
            + " baseline table by arm (\"baseline\") and measures per window status (\"windows\"); publication=true shows"
            + " counts under 10 as \"<10\" and hides enough others that none can be worked out from totals")
    public Response evaluation(@PathParam("id") long id, @QueryParam("instrument") String instrument,
                               @QueryParam("timepoint") String timepoint, @QueryParam("publication") boolean publication) {
        return Response.ok(programmes.evaluationJson(id, instrument, timepoint, publication), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("programmes/{id}/binary-evaluation")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Intention-to-treat comparison of a yes/no outcome (outcome=TENANCY_SUSTAINED_M12 or MOVED_ON):"
            + " share per arm, risk difference (Wald CI) and risk ratio (log CI); publication=true suppresses small cells")
    public Response binaryEvaluation(@PathParam("id") long id, @QueryParam("outcome") String outcome,
                                     @QueryParam("publication") boolean publication) {
        return Response.ok(programmes.binaryComparisonJson(id, outcome, publication), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("programmes/{id}/dataset.csv")
    @RolesAllowed("EVALUATOR")
    @Produces("text/csv")
    @Operation(summary = "The pseudonymised dataset, one row per participant x instrument x timepoint (audited)")
    public Response dataset(@PathParam("id") long id) {
        List<DatasetRow> rows = programmes.downloadDataset(id);
        String csv = DatasetRow.HEADER + "\n" + rows.stream().map(r -> r.toCsv() + "\n").collect(Collectors.joining());
        return csv(csv, "programme-" + id + "-dataset.csv");
    }

    @GET
    @Path("programmes/{id}/dataset-dictionary.csv")
    @RolesAllowed("EVALUATOR")
    @Produces("text/csv")
    @Operation(summary = "The data dictionary of dataset.csv (audited)")
    public Response dictionary(@PathParam("id") long id) {
        programmes.recordDictionaryDownload(id);
        String csv = "variable,type,description\n" + DatasetRow.DICTIONARY.stream()
                .map(d -> d[0] + "," + quote(d[1]) + "," + quote(d[2]) + "\n").collect(Collectors.joining());
        return csv(csv, "programme-" + id + "-dataset-dictionary.csv");
    }

    @GET
    @Path("programmes/{id}/allocation-chain")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Verify the hash chain of allocations: links, the recorded head and every arm against the concealed sequence")
    public ChainView verifyChain(@PathParam("id") long id) {
        ChainVerification verification = programmes.verifyChain(id);
        return new ChainView(verification.allocationsChecked(), verification.isIntact(),
                verification.firstBrokenLink().orElse(null), programmes.get(id).chainHead());
    }

    @GET
    @Path("programmes/{id}/sequence")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "The seed and the allocation sequence as used: only once the programme is closed (409 before)")
    public Response sequence(@PathParam("id") long id) {
        if (!programmes.get(id).isClosed()) {
            return Problem.of(409, "Conflict", "The allocation sequence is disclosed only once the programme is closed");
        }
        SequenceDisclosure disclosure = programmes.revealSequence(id);
        return Response.ok(disclosure).build();
    }

    /** 404 naming the field {@code participant} when there is no such participant, else {@code null}. */
    private Response unknownParticipant(long id) {
        try {
            programmes.participant(id);
            return null;
        } catch (NotFound notFound) {
            return Problem.of(404, "Not Found", notFound.getMessage(), List.of(new FieldError("participant", notFound.getMessage())));
        }
    }

    private static Response csv(String body, String filename) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static List<Integer> integers(JsonInput in, String field) {
        if (!in.has(field)) {
            return null;
        }
        List<Long> ids = in.ids(field);
        if (ids == null) {
            return null;
        }
        if (ids.stream().anyMatch(n -> n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            in.problems().reject(field, "Number too large");
            return null;
        }
        return ids.stream().map(Long::intValue).toList();
    }

    private static Set<CoachingTopic> topics(JsonInput in) {
        List<String> codes = in.strings("topics");
        if (codes == null) {
            return Set.of();
        }
        Set<CoachingTopic> topics = EnumSet.noneOf(CoachingTopic.class);
        for (String code : codes) {
            try {
                topics.add(CoachingTopic.valueOf(code.strip().toUpperCase()));
            } catch (IllegalArgumentException unknown) {
                in.problems().reject("topics", "Unknown topic " + code + "; use " + List.of(CoachingTopic.values()));
            }
        }
        return topics;
    }
}
