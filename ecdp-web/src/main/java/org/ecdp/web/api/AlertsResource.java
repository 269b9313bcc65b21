package org.ecdp.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.alert.boundary.Alerts;
import org.ecdp.logging.alert.entity.Alert;
import org.ecdp.logging.alert.entity.AlertStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The spike alerts the scans raised, for the officer. */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OFFICER")
public class AlertsResource {

    public record AlertView(long id, String theme, LocalDate period, String interval, String method, long observed,
                            double expected, double upperBound, String status) {
        static AlertView of(Alert a) {
            return new AlertView(a.getId(), a.getTheme().getCode(), a.getPeriod(), a.getInterval().code(),
                    a.getMethod().code(), a.getObserved(), a.getExpected(), a.getUpperBound(), a.getStatus().name());
        }
    }

    @Inject
    Alerts alerts;

    @GET
    @Operation(summary = "Alerts, newest period first; status NEW, REVIEWED, RESPONSE_OPENED or DISMISSED")
    public List<AlertView> list(@QueryParam("status") String status) {
        return alerts.list(status(status)).stream().map(AlertView::of).toList();
    }

    private static AlertStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(AlertStatus.values()).filter(s -> s.name().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.of("status", "Must be one of NEW, REVIEWED, RESPONSE_OPENED, DISMISSED"));
    }
}
