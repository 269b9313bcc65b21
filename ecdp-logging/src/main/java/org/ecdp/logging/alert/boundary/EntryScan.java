package org.ecdp.logging.alert.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.entry.entity.EntryLogged;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The scan after each new entry: once the entry is stored, its working day is judged for
 * the themes it touched (its themes and their parents), so an alert can be up before the
 * next conversation is logged. A failing scan never undoes the entry; the nightly scan
 * catches up.
 */
@ApplicationScoped
public class EntryScan {

    private static final Logger LOG = Logger.getLogger(EntryScan.class.getName());

    @Inject
    AlertScans scans;

    @Inject
    Clock clock;

    /** How long each scan after an entry takes: {@code ecdp_alerts_entryScan_seconds_*} on /metrics. */
    @Inject
    MetricRegistry metrics;

    void afterEntry(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntryLogged logged) {
        Optional<LocalDate> day = AlertRules.workingDayToJudge(logged.occurredOn(), LocalDate.now(clock));
        if (day.isEmpty()) {
            return;
        }
        Timer.Context timing = metrics.timer("ecdp.alerts.entryScan").time();
        try {
            scans.scanAfterEntry(logged.themeCodes(), day.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert scan after entry " + logged.entryId() + " failed; the nightly scan will catch up", e);
        } finally {
            timing.stop();
        }
    }
}
