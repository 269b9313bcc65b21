package org.ecdp.web.trends;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ecdp.logging.alert.boundary.Alerts;

/** The count of new alerts in the officer's menu, read once per request and only when shown. */
@Named
@RequestScoped
public class AlertBadge {

    @Inject
    Alerts alerts;

    private Long newCount;

    public long getNewCount() {
        if (newCount == null) {
            newCount = alerts.countNew();
        }
        return newCount;
    }
}
