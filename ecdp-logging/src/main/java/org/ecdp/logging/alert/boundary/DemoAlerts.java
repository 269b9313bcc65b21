package org.ecdp.logging.alert.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.domain.event.DemoDataRequested;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.trend.entity.Interval;

/**
 * With {@code --demo}, once the demo entries are in (this observer runs after the default
 * ones), judges the demo's months of working days as the scans would have, so the officer
 * finds the demo's Access to Work surge among the alerts. Safe to run again: an alert per
 * theme, method and period is only ever recorded once.
 */
@ApplicationScoped
public class DemoAlerts {

    private static final Logger LOG = Logger.getLogger(DemoAlerts.class.getName());
    static final int DEMO_WEEKS = 18;

    @Inject
    AlertScans scans;

    void scanDemo(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) DemoDataRequested demo) {
        var from = Interval.DAY.periodOf(demo.today().minusWeeks(DEMO_WEEKS));
        int raised = 0;
        for (String theme : scans.themesToScan()) {
            try {
                raised += scans.scanWorkingDays(theme, from, demo.today());
                raised += scans.scanWeeks(theme, AlertRules.nightlyFirstWeek(demo.today()), demo.today());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo alert scan of " + theme + " failed", e);
            }
        }
        LOG.info("ecdp: demo alert scan raised " + raised + " alerts");
    }
}
