package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.ecdp.web.testing.Eventually;
import org.ecdp.web.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running portal and comes back (MariaDB runs only: the embedded
 * H2 cannot go away on its own). Between them stands a proxy the test cuts, so the shared
 * MariaDB server keeps running. While it is gone every request is answered 503 with Retry-After
 * within 2 seconds, a write is never told it was not saved, and a write repeated with its
 * Idempotency-Key after the return is stored once; the portal serves again within 2 seconds
 * of the database's return, without a restart.
 */
class DatabaseOutageIT {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    @Test
    void anOutageIsAnswered503QuicklyAndThePortalRecoversByItself() throws Exception {
        ProcessDatabase db = ProcessDatabase.fresh("outage");
        try (PausableProxy proxy = new PausableProxy(db.host, db.port);
             PortalProcess portal = new PortalProcess("outage", db.env("127.0.0.1", proxy.port()))) {
            portal.start().awaitReady(PortalProcess.STARTUP);
            String word = "zo" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            assertThat(post(portal, "staff", UUID.randomUUID().toString(), word).statusCode()).isEqualTo(201);

            proxy.cut();
            long cutAt = System.nanoTime();

            Timed<HttpResponse<String>> list = timed(() -> get(portal, "staff", "api/entries"));
            assertThat(list.value.statusCode()).as(list.value.body()).isEqualTo(503);
            assertThat(list.value.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(list.value.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(list.elapsed).as("time to 503").isLessThan(LIMIT);

            String key = UUID.randomUUID().toString();
            Timed<HttpResponse<String>> write = timed(() -> post(portal, "staff", key, word));
            assertThat(write.value.statusCode()).as(write.value.body()).isEqualTo(503);
            assertThat(write.value.headers().firstValue("Retry-After")).isPresent();
            assertThat(write.value.body()).as("never told nothing was saved").doesNotContainIgnoringCase("nothing").doesNotContainIgnoringCase("not saved");
            assertThat(write.elapsed).as("time to 503 for a write").isLessThan(LIMIT);

            Timed<Boolean> ready = timed(portal::ready);
            assertThat(ready.value).as("/health/ready while the database is gone").isFalse();
            assertThat(ready.elapsed).isLessThan(LIMIT);
            System.out.printf("outage: time to 503 %d ms (read), %d ms (write), readiness down in %d ms%n",
                    list.elapsed.toMillis(), write.elapsed.toMillis(), ready.elapsed.toMillis());

            Thread.sleep(Math.max(0, Duration.ofSeconds(5).toMillis() - Duration.ofNanos(System.nanoTime() - cutAt).toMillis()));
            proxy.restore();
            long back = System.nanoTime();
            HttpResponse<String> answer = Eventually.poll(Duration.ofSeconds(30), Duration.ofMillis(50), () -> get(portal, "staff", "api/entries"),
                    served -> served.statusCode() == 200);
            Duration recovery = Duration.ofNanos(System.nanoTime() - back);
            System.out.printf("outage: serving again %d ms after the database's return%n", recovery.toMillis());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(recovery).as("time to recover").isLessThan(LIMIT);
            assertThat(portal.ready()).isTrue();

            HttpResponse<String> retried = post(portal, "staff", key, word);
            HttpResponse<String> retriedAgain = post(portal, "staff", key, word);
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(json(retriedAgain.body()).getJsonNumber("id")).isEqualTo(json(retried.body()).getJsonNumber("id"));
            assertThat(json(get(portal, "officer", "api/entries?q=" + word).body()).getInt("total"))
                    .as("the first entry and the retried one, each once").isEqualTo(2);
        } finally {
            db.drop();
        }
    }

    private record Timed<T>(T value, Duration elapsed) {
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Timed<T> timed(Call<T> call) throws Exception {
        long start = System.nanoTime();
        T value = call.call();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResponse<String> post(PortalProcess portal, String user, String key, String word) throws Exception {
        Http caller = portal.http().as(user).withTimeout(Duration.ofSeconds(20));
        return caller.send(caller.request("api/entries").header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Lift out of order at the station %s"}"""
                        .formatted(LocalDate.now().minusDays(1), word))));
    }

    private HttpResponse<String> get(PortalProcess portal, String user, String path) throws Exception {
        return portal.http().as(user).withTimeout(Duration.ofSeconds(20)).get(path);
    }
}
