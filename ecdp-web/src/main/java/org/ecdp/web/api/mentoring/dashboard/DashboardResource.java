package org.ecdp.web.api.mentoring.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.ecdp.mentoring.dashboard.boundary.Dashboard;
import org.ecdp.mentoring.dashboard.control.DashboardFigures;
import org.ecdp.mentoring.renewal.boundary.Reminders;
import org.ecdp.web.api.mentoring.dashboard.DashboardView.BandView;
import org.ecdp.web.api.mentoring.dashboard.DashboardView.MonthView;
import org.ecdp.web.api.mentoring.dashboard.DashboardView.TimeToMatchView;
import org.ecdp.web.api.mentoring.dashboard.DashboardView.UtilisationView;
import org.ecdp.web.api.mentoring.renewal.RenewalViews.ReminderView;
import org.ecdp.web.api.mentoring.renewal.RenewalViews.RenewalView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The coordinator's mentoring dashboard, the same figures as the dashboard page. */
@Path("mentoring/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class DashboardResource {

    /** Reminders recorded within this many days are shown. */
    static final int RECENT_DAYS = 60;

    @Inject
    Dashboard dashboard;

    @Inject
    Reminders reminders;

    @GET
    @Operation(summary = "The coordinator's dashboard: waiting bands, time to match by month (R-7 percentiles), utilisation, renewals due within 60 days, recent reminders")
    public DashboardView dashboard() {
        LocalDate today = dashboard.today();
        return new DashboardView(today, dashboard.waitingBands().stream().map(b -> BandView.of(b, today)).toList(),
                new TimeToMatchView(DashboardFigures.ESTIMATION.name(), dashboard.timeToMatch().stream().map(MonthView::of).toList()),
                UtilisationView.of(dashboard.utilisation()),
                reminders.expiring().stream().map(r -> RenewalView.of(r, today)).toList(),
                reminders.recent(RECENT_DAYS).stream().map(ReminderView::of).toList());
    }
}
