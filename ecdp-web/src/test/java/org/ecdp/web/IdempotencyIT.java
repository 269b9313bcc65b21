package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.id;
import static org.ecdp.web.testing.JsonBody.json;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/entries with an Idempotency-Key: a client may repeat a write whose answer it never saw. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstEntryAndStoresNothingNew() throws Exception {
        String word = word();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("staff", key, body(word));
        HttpResponse<String> again = post("staff", key, body(word));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(id(again)).isEqualTo(id(first));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(stored(word)).isEqualTo(1);

        HttpResponse<String> withoutKey = post("staff", null, body(word));
        assertThat(id(withoutKey)).as("no key: an ordinary second entry").isNotEqualTo(id(first));
        assertThat(stored(word)).isEqualTo(2);
    }

    @Test
    void anotherUsersSameKeyIsTheirOwn() throws Exception {
        String word = word();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> staff = post("staff", key, body(word));
        HttpResponse<String> officer = post("officer", key, body(word));

        assertThat(staff.statusCode()).isEqualTo(201);
        assertThat(officer.statusCode()).isEqualTo(201);
        assertThat(id(officer)).isNotEqualTo(id(staff));
        assertThat(stored(word)).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithTheSameKeyStoreOnce() throws Exception {
        String word = word();
        String key = UUID.randomUUID().toString();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return post("staff", key, body(word));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                ids.add(id(response));
            }
            assertThat(ids).as("every client is told the one entry").containsOnly(ids.get(0));
            assertThat(stored(word)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedFirstAttemptDoesNotUseUpTheKey() throws Exception {
        String word = word();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = post("staff", key, """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["NO_SUCH_THEME"],"summary":"%s"}""".formatted(LocalDate.now(), word));
        assertThat(refused.statusCode()).isEqualTo(400);

        HttpResponse<String> corrected = post("staff", key, body(word));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(stored(word)).isEqualTo(1);
    }

    @Test
    void aKeyOfMoreThan100CharactersIsRefusedNamingTheHeader() throws Exception {
        String word = word();
        HttpResponse<String> refused = post("staff", "k".repeat(101), body(word));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"Idempotency-Key\"");
        assertThat(post("staff", "k".repeat(100), body(word)).statusCode()).isEqualTo(201);
        assertThat(stored(word)).isEqualTo(1);
    }

    private static String word() {
        return "zi" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static String body(String word) {
        return """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Bus ramp broken again %s"}"""
                .formatted(LocalDate.now().minusDays(1), word);
    }

    private long stored(String word) throws Exception {
        HttpResponse<String> found = Http.portal(base).as("officer").get("api/entries?q=" + word);
        return json(found.body()).getInt("total");
    }

    private HttpResponse<String> post(String user, String key, String json) throws Exception {
        Http staff = Http.portal(base).as(user);
        HttpRequest.Builder request = staff.request("api/entries")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return staff.send(request);
    }
}
