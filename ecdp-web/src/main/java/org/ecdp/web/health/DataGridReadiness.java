package org.ecdp.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import org.ecdp.domain.grid.SharedCaches;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the data grid answers: a value written to it is read back within two
 * seconds. An instance of a cluster is ready once it has joined the grid (sessions of users
 * signed in elsewhere and the sign-in throttle's counts are there), so the load balancer sends
 * it nobody before. With one instance the grid is that instance's own memory and always answers.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DataGridReadiness.class.getName());
    static final Duration WAIT = Duration.ofSeconds(2);

    @Inject
    SharedCaches caches;

    private final String probe = "ready-" + UUID.randomUUID();

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            Cache<String, String> cache = caches.cache("ecdp.health", String.class, Duration.ofMinutes(1));
            String value = Long.toString(System.nanoTime());
            up = CompletableFuture.supplyAsync(() -> {
                cache.put(probe, value);
                return value.equals(cache.get(probe));
            }).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The data grid does not answer", e);
            up = false;
        }
        return HealthCheckResponse.named("data grid").status(up).build();
    }
}
