package org.ecdp.web.api.mentoring.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ecdp.mentoring.match.boundary.Journeys;
import org.ecdp.web.api.mentoring.match.MatchViews.JourneyView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's whole journey through mentoring, for the coordinator (reading it is audited). */
@Path("mentoring/requests/{id}/journey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class JourneysResource {

    @Inject
    Journeys journeys;

    @GET
    @Operation(summary = "The person's journey: the request, every match (declined and closed too), sessions and goal progress over time")
    public JourneyView journey(@PathParam("id") long id) {
        return JourneyView.of(journeys.journey(id));
    }
}
