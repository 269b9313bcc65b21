package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.id;
import static org.ecdp.web.testing.JsonBody.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecdp.web.testing.Eventually;
import org.ecdp.web.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The portal killed with SIGKILL while a client logs entries with idempotency keys, then started
 * again on the same database (H2 file or MariaDB, whichever this run uses). Every entry the
 * client was told about is stored exactly once; the ones it never heard about are sent again
 * with the same key and stored once too; and every day count equals the entries it counts.
 */
class CrashSafetyIT {

    @Test
    void everyAcknowledgedEntryIsStoredExactlyOnceAfterAKill() throws Exception {
        ProcessDatabase db = ProcessDatabase.fresh("crash");
        String run = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        try (PortalProcess portal = new PortalProcess("crash", db.env())) {
            portal.start().awaitReady(PortalProcess.STARTUP);

            AtomicBoolean stop = new AtomicBoolean();
            Thread client = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    sent.set(i + 1);
                    try {
                        HttpResponse<String> answer = post(portal, run, i);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(i, id(answer));
                        }
                    } catch (Exception connectionLost) {
                        // not acknowledged: sent again after the restart
                    }
                }
            }, "crash-client");
            client.start();
            Eventually.poll(Duration.ofSeconds(60), Duration.ofMillis(20), acknowledged::size, n -> n >= 25);
            stop.set(true); // the request in flight now is cut by the kill
            portal.kill();
            client.join(60_000);
            assertThat(acknowledged).as("entries acknowledged before the kill").hasSizeGreaterThanOrEqualTo(25);

            portal.start().awaitReady(PortalProcess.STARTUP);
            Map<Integer, Long> stored = new HashMap<>();
            for (int i = 0; i < sent.get(); i++) {
                HttpResponse<String> again = post(portal, run, i);
                assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
                stored.put(i, id(again));
            }
            acknowledged.forEach((i, id) -> assertThat(stored.get(i)).as("entry %d, acknowledged before the kill", i).isEqualTo(id));

            JsonObject list = json(portal.http().as("officer").get("api/entries?size=500&q=" + run).body());
            List<Long> ids = new ArrayList<>();
            for (JsonValue item : list.getJsonArray("items")) {
                ids.add(item.asJsonObject().getJsonNumber("id").longValue());
            }
            assertThat(ids).as("every entry sent, each stored once").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(stored.values());
            System.out.printf("crash: %d sent, %d acknowledged before the kill, %d stored once each%n",
                    sent.get(), acknowledged.size(), ids.size());
            portal.stop();
            assertDayCountsEqualEntries(db);
        } finally {
            db.drop();
        }
    }

    static void assertDayCountsEqualEntries(ProcessDatabase db) throws Exception {
        String expected = """
                SELECT 0, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*) FROM log_entry e WHERE e.deleted = FALSE GROUP BY e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))
                UNION ALL
                SELECT x.theme_id, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*) FROM log_entry e
                JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et
                      UNION
                      SELECT et.entry_id, t.parent_id FROM entry_theme et JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x
                  ON x.entry_id = e.id
                WHERE e.deleted = FALSE GROUP BY x.theme_id, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))""";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            Map<String, Long> counted = counts(s.executeQuery(expected));
            Map<String, Long> kept = counts(s.executeQuery(
                    "SELECT theme_id, service_id, CONCAT(occurred_on, '#', slot), entries FROM entry_day_count WHERE entries <> 0"));
            assertThat(kept).as("day counts equal the entries they count").isEqualTo(counted);
        }
    }

    private static Map<String, Long> counts(ResultSet rows) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (rows) {
            while (rows.next()) {
                counts.put(rows.getLong(1) + "/" + rows.getLong(2) + "/" + rows.getString(3), rows.getLong(4));
            }
        }
        return counts;
    }

    private HttpResponse<String> post(PortalProcess portal, String run, int i) throws Exception {
        Http staff = portal.http().as("staff").withTimeout(Duration.ofSeconds(30));
        return staff.send(staff.request("api/entries").header("Content-Type", "application/json").header("Idempotency-Key", run + "-" + i)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Taxi card refused, call %s n%d"}"""
                        .formatted(LocalDate.now().minusDays(i % 5), run, i))));
    }
}
