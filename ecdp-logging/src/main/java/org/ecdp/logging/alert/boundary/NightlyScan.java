package org.ecdp.logging.alert.boundary;

import org.ecdp.domain.organisation.boundary.Organisations;
import org.ecdp.domain.organisation.boundary.Tenancy;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.lang.management.ThreadMXBean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecdp.logging.alert.control.AlertRules;

/**
 * The nightly scan of every theme: C2 over the last two weeks of working days, and
 * Farrington over the last four weeks where a theme has two years of history. With several
 * portal instances on one database, the instance that claims the day's key first scans;
 * the others skip. Each theme is scanned in its own transaction.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyScan {

    static final String KIND = "NIGHTLY";
    private static final Logger LOG = Logger.getLogger(NightlyScan.class.getName());

    @Inject
    Organisations organisations;

    @Inject
    Tenancy tenancy;

    @Inject
    AlertScans scans;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threadFactory;

    /** The most threads a scan of every theme uses (never more than the machine's cores). */
    static final int MAX_WORKERS = 4;

    @Schedule(hour = "2", minute = "15", persistent = false, info = "ecdp nightly alert scan")
    void nightly() {
        runFor(LocalDate.now(clock));
    }

    /** Scans every theme for {@code today} unless another instance already has; returns the new alerts, or -1 if skipped. */
    public int runFor(LocalDate today) {
        String instance = ManagementFactory.getRuntimeMXBean().getName();
        boolean mine;
        try {
            mine = scans.claim(KIND, today, instance);
        } catch (RuntimeException lostRace) {
            mine = false;
        }
        if (!mine) {
            LOG.info("ecdp: nightly alert scan for " + today + " already claimed by another instance");
            return -1;
        }
        int raised = 0;
        for (long organisation : organisations.ids()) {
            Summary done = tenancy.as(organisation, () -> scanAll(today));
            LOG.info("ecdp: nightly alert scan of organisation " + organisation + " for " + today + " raised " + done.raised()
                    + " new alerts in " + done.millis() + " ms");
            raised += done.raised();
        }
        return raised;
    }

    /**
     * What a scan of every theme did: the day it was for, themes judged, alerts raised, how long
     * it took, and the CPU time its threads used (which, unlike the wall time, does not grow when
     * other work shares the machine).
     */
    public record Summary(LocalDate day, int themes, int raised, long millis, long cpuMillis) {
    }

    /**
     * Scans every theme for {@code today} now, without claiming the day: the officer's "scan
     * now" (after importing the old workbook, say). Alerts stay one per theme, method and
     * period however often it runs.
     */
    public Summary scanAll(LocalDate today) {
        long start = System.nanoTime();
        LocalDate firstDay = AlertRules.nightlyFirstWorkingDay(today);
        LocalDate firstWeek = AlertRules.nightlyFirstWeek(today);
        List<String> themes = scans.themesToScan();
        // the workers act for the organisation the scan is for (the officer's, or the nightly job's)
        long organisation = tenancy.require();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger raised = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Runnable worker = () -> tenancy.as(organisation, () -> {
            long cpuAtStart = cpu.getCurrentThreadCpuTime();
            for (int i = next.getAndIncrement(); i < themes.size(); i = next.getAndIncrement()) {
                String theme = themes.get(i);
                // the days and the weeks separately: a day lost to a race with the scan after an
                // entry (same alert key) must not cost the theme its weekly judgement
                try {
                    raised.addAndGet(scans.scanWorkingDays(theme, firstDay, today));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Working-day alert scan of theme " + theme + " for " + today + " failed", e);
                }
                try {
                    raised.addAndGet(scans.scanWeeks(theme, firstWeek, today));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Weekly alert scan of theme " + theme + " for " + today + " failed", e);
                }
            }
            cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuAtStart);
        });
        // the themes are independent (each in its own transactions): one worker per core, on the container's threads
        List<Thread> workers = new ArrayList<>();
        int count = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
        for (int w = 1; w < count; w++) {
            Thread thread = threadFactory.newThread(worker);
            thread.start();
            workers.add(thread);
        }
        worker.run();
        for (Thread thread : workers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Summary(today, themes.size(), raised.get(), (System.nanoTime() - start) / 1_000_000, cpuNanos.get() / 1_000_000);
    }
}
