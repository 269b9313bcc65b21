package org.ecdp.web.api.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecdp.housing.allocation.boundary.Allocations;
import org.ecdp.housing.allocation.entity.ChainVerification;
import org.ecdp.web.api.Problem;
import org.ecdp.web.api.housing.HousingViews.ChainView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The evaluator's checks on the randomisation: the allocation chain, and the sequence once the programme is closed. */
@Path("housing/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    Allocations allocations;

    @GET
    @Path("{id}/allocation-chain")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "Verify the hash chain of allocations: links, the recorded head and every arm against the concealed sequence")
    public ChainView verifyChain(@PathParam("id") long id) {
        ChainVerification verification = allocations.verifyChain(id);
        return new ChainView(verification.allocationsChecked(), verification.isIntact(),
                verification.firstBrokenLink().orElse(null), allocations.chainHead(id));
    }

    @GET
    @Path("{id}/sequence")
    @RolesAllowed("EVALUATOR")
    @Operation(summary = "The seed and the allocation sequence as used: only once the programme is closed (409 before)")
    public Response sequence(@PathParam("id") long id) {
        if (!allocations.disclosable(id)) {
            return Problem.of(409, "Conflict", "The allocation sequence is disclosed only once the programme is closed");
        }
        return Response.ok(allocations.revealSequence(id)).build();
    }
}
