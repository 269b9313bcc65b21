package org.ecdp.web.api.mentoring.renewal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecdp.mentoring.renewal.boundary.Reminders;
import org.ecdp.web.api.mentoring.renewal.RenewalViews.ReminderView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Renewal reminders (DBS checks and training falling due), recorded on demand as the daily job does. */
@Path("mentoring/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class RemindersResource {

    @Inject
    Reminders reminders;

    @POST
    @Operation(summary = "Record today's renewal reminders now (the daily job does the same; nothing is recorded twice): the new ones")
    public List<ReminderView> remindNow() {
        return reminders.remindNow().stream().map(ReminderView::of).toList();
    }
}
