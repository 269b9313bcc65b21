package org.ecdp.web.api.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.boundary.NightlyScan;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.ecdp.web.api.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The spike alerts the scans raised, for the officer: listed (the v1 contract), and, as
 * additions, one alert, review, dismissal with a reason, opening a response, and a scan now.
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OFFICER")
public class AlertsResource {

    /**
     * An alert; {@code offset} ({@code none} or {@code volume}) and {@code methodName} (the method in the
     * officer's words) say which method raised it and what it judged the count against.
     */
    public record AlertView(long id, String theme, LocalDate period, String interval, String method, long observed,
                            double expected, double upperBound, String status, String reason, String offset,
                            String methodName) {
        static AlertView of(Alert a) {
            return new AlertView(a.getId(), a.getTheme().getCode(), a.getPeriod(), a.getInterval().code(),
                    a.getMethod().code(), a.getObserved(), a.getExpected(), a.getUpperBound(), a.getStatus().name(),
                    a.getDismissReason(), a.getOffset().code(), a.getMethodName());
        }
    }

    @Inject
    Alerts alerts;

    @Inject
    Responses responses;

    @Inject
    NightlyScan nightlyScan;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Alerts, newest period first; status NEW, REVIEWED, RESPONSE_OPENED or DISMISSED")
    public List<AlertView> list(@QueryParam("status") String status) {
        return alerts.list(status(status)).stream().map(AlertView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alert")
    public AlertView get(@PathParam("id") long id) {
        return AlertView.of(alerts.get(id));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Mark a NEW alert reviewed (worth watching); 400 naming status from any other status")
    public AlertView review(@PathParam("id") long id) {
        return AlertView.of(alerts.review(id));
    }

    @POST
    @Path("{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a NEW or REVIEWED alert: {reason} (required, up to 1,000 characters)")
    public AlertView dismiss(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        String reason = in.string("reason");
        in.problems().throwIfAny();
        return AlertView.of(alerts.dismiss(id, reason));
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a response from a NEW or REVIEWED alert: {title, targetOrganisation}; 201 with the response")
    public Response openResponse(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        String title = in.string("title");
        String target = in.string("targetOrganisation");
        in.problems().throwIfAny();
        var opened = responses.openFromAlert(id, title, target);
        return Response.created(uri.getBaseUriBuilder().path("responses").path(String.valueOf(opened.getId())).build())
                .entity(ResponsesResource.ResponseView.of(opened)).build();
    }

    @POST
    @Path("scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the nightly scan of every theme now, for {day} (default today): C2 on its last ten working days,"
            + " Farrington on its last four weeks; returns {day, themes, raised, millis}")
    public NightlyScan.Summary scan(JsonObject body) {
        LocalDate day = null;
        if (body != null) {
            JsonInput in = new JsonInput(body);
            day = in.date("day");
            in.problems().throwIfAny();
        }
        LocalDate today = LocalDate.now(clock);
        if (day != null && day.isAfter(today)) {
            throw InvalidInput.of("day", "Must not be after today");
        }
        return nightlyScan.scanAll(day == null ? today : day);
    }

    private static AlertStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(AlertStatus.values()).filter(s -> s.name().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.of("status", "Must be one of NEW, REVIEWED, RESPONSE_OPENED, DISMISSED"));
    }
}
