package org.ecdp.web.api.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.ecdp.housing.evaluation.boundary.Evaluations;
import org.ecdp.housing.evaluation.entity.BinaryReport;
import org.ecdp.housing.evaluation.entity.EvaluationReport;
import org.ecdp.housing.evaluation.entity.Withdrawal;
import org.ecdp.housing.evaluation.entity.DatasetRow;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The evaluator's analysis: comparisons (with a publication view), the pseudonymised dataset and the coded withdrawals.
 * A comparison is the boundary's report for the caller's view, written by JSON-B as it is (the page renders the same value).
 */
@Path("housing/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    Evaluations evaluations;

    @GET
    @Path("{id}/evaluation")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Intention-to-treat comparison of the arms for an instrument at a follow-up timepoint, with the"
            + " baseline table by arm (\"baseline\") and measures per window status (\"windows\"); publication=true shows"
            + " counts under 10 as \"<10\" and hides enough others that none can be worked out from totals")
    public EvaluationReport evaluation(@PathParam("id") long id, @QueryParam("instrument") String instrument,
                                       @QueryParam("timepoint") String timepoint, @QueryParam("publication") boolean publication) {
        return evaluations.report(id, instrument, timepoint, publication);
    }

    @GET
    @Path("{id}/binary-evaluation")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Intention-to-treat comparison of a yes/no outcome (outcome=TENANCY_SUSTAINED_M12 or MOVED_ON):"
            + " share per arm, risk difference (Wald CI) and risk ratio (log CI); publication=true suppresses small cells")
    public BinaryReport binaryEvaluation(@PathParam("id") long id, @QueryParam("outcome") String outcome,
                                         @QueryParam("publication") boolean publication) {
        return evaluations.binaryReport(id, outcome, publication);
    }

    @GET
    @Path("{id}/withdrawals")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Withdrawn participants (study code, arm, coded reason) and enrolments flagged as possible"
            + " re-enrolments (soon after a withdrawal in the same scheme), in study-code order")
    public List<Withdrawal> withdrawals(@PathParam("id") long id) {
        return evaluations.withdrawalsAndFlags(id);
    }

    @GET
    @Path("{id}/dataset.csv")
    @RolesAllowed("EVALUATOR")
    @Produces("text/csv")
    @Operation(summary = "The pseudonymised dataset, one row per participant x instrument x timepoint, in study-code order,"
            + " with daysFromEnrolment after the contract's columns (audited)")
    public Response dataset(@PathParam("id") long id) {
        List<DatasetRow> rows = evaluations.downloadDataset(id);
        String csv = DatasetRow.HEADER + "\n" + rows.stream().map(r -> r.toCsv() + "\n").collect(Collectors.joining());
        return csv(csv, "programme-" + id + "-dataset.csv");
    }

    @GET
    @Path("{id}/dataset-dictionary.csv")
    @RolesAllowed("EVALUATOR")
    @Produces("text/csv")
    @Operation(summary = "The data dictionary of dataset.csv (audited)")
    public Response dictionary(@PathParam("id") long id) {
        evaluations.recordDictionaryDownload(id);
        String csv = "variable,type,description\n" + DatasetRow.DICTIONARY.stream()
                .map(d -> d[0] + "," + quote(d[1]) + "," + quote(d[2]) + "\n").collect(Collectors.joining());
        return csv(csv, "programme-" + id + "-dataset-dictionary.csv");
    }

    private static Response csv(String body, String filename) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
