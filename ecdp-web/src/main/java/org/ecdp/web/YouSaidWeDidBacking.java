package org.ecdp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.response.entity.Response;

/**
 * /you-said-we-did.xhtml: the members' page, open to anyone: published outcomes only, of the
 * signed-in person's organisation, or the host's for a visitor (nobody signed in names no organisation).
 */
@Named
@RequestScoped
public class YouSaidWeDidBacking {

    @Inject
    Responses responses;

    @Inject
    Tenancy tenancy;

    private List<Response> outcomes;

    public List<Response> getOutcomes() {
        if (outcomes == null) {
            outcomes = tenancy.as(tenancy.current().orElse(Organisation.HOST), () -> responses.published());
        }
        return outcomes;
    }
}
