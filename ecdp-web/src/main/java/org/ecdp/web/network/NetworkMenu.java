package org.ecdp.web.network;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ecdp.logging.network.boundary.NetworkObservatory;

/** Whether the menu offers the observatory: only to those the observatory answers, asked once a request. */
@Named
@RequestScoped
public class NetworkMenu {

    @Inject
    NetworkObservatory observatory;

    private Boolean observatoryOffered;

    public boolean isObservatoryOffered() {
        if (observatoryOffered == null) {
            observatoryOffered = observatory.mayRead();
        }
        return observatoryOffered;
    }
}
