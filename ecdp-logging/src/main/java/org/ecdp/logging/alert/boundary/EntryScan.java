package org.ecdp.logging.alert.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.logging.alert.control.AlertRules;
import org.ecdp.logging.entry.entity.EntryLogged;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The scan after each new entry: once the entry is stored, its working day is judged for
 * the themes it touched (its themes and their parents), so an alert is up within a moment of
 * the entry that tipped it, not the next night.
 *
 * <p>The scan runs on one background worker, never on the thread answering the person who
 * logged the entry, and scans of the same theme and day are coalesced: while one is waiting in
 * the queue, further entries for that theme and day add nothing, because the waiting scan will
 * read them all when it runs. A theme and day is scanned at most once every {@link #GAP}: an
 * entry that comes sooner after the last scan waits for the rest of the gap, so at 200 entries
 * a second about one theme it costs one scan a second, not a worker busy all the time, and the
 * alert is still up within about a second of the entry that tipped it. A failing scan never
 * undoes an entry; the nightly scan catches up.
 */
@ApplicationScoped
public class EntryScan {

    private static final Logger LOG = Logger.getLogger(EntryScan.class.getName());

    @Inject
    AlertScans scans;

    @Inject
    Clock clock;

    @Inject
    Tenancy tenancy;

    /** How long each scan after an entry takes: {@code ecdp_alerts_entryScan_seconds_*} on /metrics. */
    @Inject
    Instance<MetricRegistry> metrics;

    @Resource
    ManagedThreadFactory threads;

    /** The shortest time between two scans of the same theme and day. */
    static final Duration GAP = Duration.ofSeconds(1);

    private ScheduledExecutorService worker;

    /** A theme and day of one organisation (the worker acts for it: it has no signed-in caller). */
    private record Waiting(long organisation, String themeCode, LocalDate day) {
    }

    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

    /** When each theme and day was last scanned (System.nanoTime); forgotten once older than the gap. */
    private final Map<Waiting, Long> lastStarted = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadScheduledExecutor(threads);
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
        long organisation = tenancy.require();
        for (String code : logged.themeCodes()) {
            Waiting scan = new Waiting(organisation, code, day.get());
            if (waiting.add(scan)) {
                long wait = Math.max(0, lastStarted.getOrDefault(scan, Long.MIN_VALUE / 2) + GAP.toNanos() - System.nanoTime());
                worker.schedule(() -> run(scan, logged.entryId()), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void run(Waiting scan, long entryId) {
        long now = System.nanoTime();
        lastStarted.values().removeIf(started -> now - started > GAP.toNanos());
        lastStarted.put(scan, now);
        waiting.remove(scan); // entries logged from now on need a scan of their own
        try {
            tenancy.as(scan.organisation(), () -> scans.scanAfterEntry(Set.of(scan.themeCode()), scan.day()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert scan after entry " + entryId + " failed; the nightly scan will catch up", e);
        } finally {
            timed(now);
        }
    }

    /**
     * Records the scan's time on /metrics. With metrics off (the default, see ECDP_METRICS)
     * Payara's registry producer fails (a NullPointerException): injected directly, it made this
     * bean impossible to create, and no scan ran after any entry. It is looked up here, when
     * needed, and a failure only means the time is not recorded.
     */
    private void timed(long started) {
        try {
            metrics.get().timer("ecdp.alerts.entryScan").update(Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException metricsOff) {
            LOG.log(Level.FINE, "ecdp: scan time not recorded", metricsOff);
        }
    }
}
