package org.ecdp.web.network;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ecdp.web.shell.CurrentUser;
import org.ecdp.logging.network.boundary.NetworkObservatory;

/** Whether the menu offers the observatory: only to those the observatory answers, asked once a request. */
@Named
@RequestScoped
public class NetworkMenu {

    @Inject
    NetworkObservatory observatory;

    private Boolean observatoryOffered;

    @Inject
    CurrentUser currentUser;

    /**
     * Asked of the roles first (the request's own check, which works on error pages too); on an
     * error page the security context cannot answer the observatory's own check, and the menu
     * then leaves the entry out rather than fail the page.
     */
    public boolean isObservatoryOffered() {
        if (observatoryOffered == null) {
            observatoryOffered = (currentUser.has("NETWORK_ADMIN") || currentUser.has("OFFICER")) && mayRead();
        }
        return observatoryOffered;
    }

    private boolean mayRead() {
        try {
            return observatory.mayRead();
        } catch (RuntimeException noPolicyContext) {
            return false;
        }
    }
}
