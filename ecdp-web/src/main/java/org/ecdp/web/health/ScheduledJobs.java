package org.ecdp.web.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * The portal's scheduled jobs (the nightly alert scan, the morning renewal reminders), as the
 * container has registered them. They are non-persistent EJB timers; Payara 7 warns that
 * persistent timers need the full profile, so this check shows that the non-persistent ones are
 * still registered, each with its next run. Live only while every expected job is scheduled.
 */
@Liveness
@Singleton
public class ScheduledJobs implements HealthCheck {

    /** The {@code info} of every {@code @Schedule} the portal relies on. */
    public static final List<String> EXPECTED = List.of("ecdp nightly alert scan", "ecdp mentoring renewal reminders",
            "ecdp expired idempotency keys", "ecdp backup requests", "ecdp nightly retention",
            "ecdp expired checked workbooks");

    /** One registered job and when it next runs. */
    public record Job(String name, Instant nextRun) {
    }

    @Resource
    TimerService timers;

    /** Every registered scheduled job of the portal, soonest first. */
    public List<Job> registered() {
        return timers.getAllTimers().stream()
                .filter(t -> t.getInfo() instanceof String)
                .map(ScheduledJobs::job)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Job::nextRun))
                .toList();
    }

    private static Job job(Timer timer) {
        try {
            return new Job((String) timer.getInfo(), timer.getNextTimeout().toInstant());
        } catch (RuntimeException expiredMeanwhile) {
            return null;
        }
    }

    @Override
    public HealthCheckResponse call() {
        List<Job> jobs = registered();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("scheduled-jobs");
        boolean all = true;
        for (String expected : EXPECTED) {
            var found = jobs.stream().filter(j -> j.name().equals(expected)).findFirst();
            all &= found.isPresent();
            response.withData(expected, found.map(j -> j.nextRun().toString()).orElse("not scheduled"));
        }
        return response.status(all).build();
    }
}
