package org.ecdp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecdp.logging.response.boundary.Responses;
import org.ecdp.logging.response.entity.Response;

/** /you-said-we-did.xhtml: the members' page, open to anyone: published outcomes only. */
@Named
@RequestScoped
public class YouSaidWeDidBacking {

    @Inject
    Responses responses;

    private List<Response> outcomes;

    public List<Response> getOutcomes() {
        if (outcomes == null) {
            outcomes = responses.published();
        }
        return outcomes;
    }
}
