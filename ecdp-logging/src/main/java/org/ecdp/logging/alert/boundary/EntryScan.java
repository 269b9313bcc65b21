package org.ecdp.logging.alert.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.entry.entity.EntryLogged;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The scan after each new entry: once the entry is stored, its working day is judged for
 * the themes it touched (its themes and their parents), so an alert is up within a moment of
 * the entry that tipped it, not the next night.
 *
 * <p>The scan runs on one background worker, never on the thread answering the person who
 * logged the entry, and scans of the same theme and day are coalesced: while one is waiting in
 * the queue, further entries for that theme and day add nothing, because the waiting scan will
 * read them all when it runs. At 200 entries a second about one theme this is a handful of
 * scans a second instead of 200. Scans run in the order the entries were logged. A failing
 * scan never undoes an entry; the nightly scan catches up.
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

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService worker;

    private record Waiting(String themeCode, LocalDate day) {
    }

    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void afterEntry(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntryLogged logged) {
        Optional<LocalDate> day = AlertRules.workingDayToJudge(logged.occurredOn(), LocalDate.now(clock));
        if (day.isEmpty()) {
            return;
        }
        for (String code : logged.themeCodes()) {
            Waiting scan = new Waiting(code, day.get());
            if (waiting.add(scan)) {
                worker.execute(() -> run(scan, logged.entryId()));
            }
        }
    }

    private void run(Waiting scan, long entryId) {
        waiting.remove(scan); // entries logged from now on need a scan of their own
        Timer.Context timing = metrics.timer("ecdp.alerts.entryScan").time();
        try {
            scans.scanAfterEntry(Set.of(scan.themeCode()), scan.day());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert scan after entry " + entryId + " failed; the nightly scan will catch up", e);
        } finally {
            timing.stop();
        }
    }
}
