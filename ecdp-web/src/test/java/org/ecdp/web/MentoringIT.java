package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Peer mentoring's API as the coordinator uses it: volunteers, requests, safe match runs and their scores. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MentoringIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theCoordinatorRegistersAVolunteerAndRecordsARequest() throws Exception {
        HttpResponse<String> volunteer = post("coordinator", "api/mentoring/volunteers", volunteer("Test Mentor", 2, "ENHANCED",
                List.of("SKILLS", "CONFIDENCE"), TODAY.minusYears(1)));
        assertThat(volunteer.statusCode()).as(volunteer.body()).isEqualTo(201);
        JsonObject v = json(volunteer.body());
        assertThat(v.getJsonNumber("id").longValue()).isPositive();
        assertThat(v.getInt("capacity")).isEqualTo(2);
        assertThat(v.getJsonObject("dbs").getString("level")).isEqualTo("ENHANCED");
        assertThat(volunteer.headers().firstValue("Location")).isPresent();

        HttpResponse<String> request = post("coordinator", "api/mentoring/requests", request(ref(), List.of("CONFIDENCE")));
        assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
        JsonObject r = json(request.body());
        assertThat(r.getJsonArray("goals").getString(0)).isEqualTo("CONFIDENCE");
        assertThat(r.getString("referredOn")).isEqualTo(TODAY.minusDays(20).toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        int before = json(get("coordinator", "api/mentoring/volunteers?size=500").body()).getInt("total");
        for (int capacity : new int[] {0, 6}) {
            HttpResponse<String> refused = post("coordinator", "api/mentoring/volunteers",
                    volunteer("Too Many", capacity, "ENHANCED", List.of("SKILLS"), TODAY.minusYears(1)));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(fields(refused)).containsExactly("capacity");
        }
        HttpResponse<String> future = post("coordinator", "api/mentoring/volunteers",
                volunteer("Future Check", 1, "ENHANCED", List.of("SKILLS"), TODAY.plusDays(5)));
        assertThat(fields(future)).containsExactly("dbs.issuedOn");
        HttpResponse<String> codes = post("coordinator", "api/mentoring/volunteers",
                volunteer("Odd Codes", 1, "PLATINUM", List.of("JUGGLING"), TODAY.minusYears(1)));
        assertThat(fields(codes)).contains("dbs.level", "skills");
        assertThat(json(get("coordinator", "api/mentoring/volunteers?size=500").body()).getInt("total")).isEqualTo(before);

        HttpResponse<String> badRequest = post("coordinator", "api/mentoring/requests", request(ref(), List.of("FLYING")));
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(fields(badRequest)).containsExactly("goals");

        HttpResponse<String> unknownIds = post("coordinator", "api/mentoring/match-runs", "{\"requests\":[987654321],\"volunteers\":[987654322]}");
        assertThat(unknownIds.statusCode()).isEqualTo(400);
        assertThat(fields(unknownIds)).contains("requests", "volunteers");
    }

    @Test
    void aRunNeverGivesMoneyHelpToAVolunteerWithoutTheAdultsBarredListAndItsScoresShowWhy() throws Exception {
        long enhanced = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Enhanced Only", 2, "ENHANCED", List.of("MONEY_MANAGEMENT", "SKILLS"), TODAY.minusYears(1))));
        long barred = id(post("coordinator", "api/mentoring/volunteers",
                volunteer("Barred List", 1, "ENHANCED_BARRED_ADULTS", List.of("MONEY_MANAGEMENT"), TODAY.minusYears(1))));
        long money1 = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("MONEY_MANAGEMENT"))));
        long money2 = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("MONEY_MANAGEMENT"))));
        long skills = id(post("coordinator", "api/mentoring/requests", request(ref(), List.of("SKILLS"))));

        HttpResponse<String> created = post("coordinator", "api/mentoring/match-runs",
                "{\"requests\":[%d,%d,%d],\"volunteers\":[%d,%d]}".formatted(money1, money2, skills, enhanced, barred));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject run = json(created.body());
        JsonArray assignments = run.getJsonArray("assignments");
        for (JsonValue a : assignments) {
            JsonObject assignment = a.asJsonObject();
            if (assignment.getJsonNumber("request").longValue() != skills) {
                assertThat(assignment.getJsonNumber("volunteer").longValue()).as("money help only with the barred list check").isEqualTo(barred);
            }
            assertThat(assignment.getJsonArray("reasons")).isNotEmpty();
            double sum = assignment.getJsonArray("reasons").stream().mapToDouble(r -> r.asJsonObject().getJsonNumber("points").doubleValue()).sum();
            assertThat(sum).isCloseTo(assignment.getJsonNumber("score").doubleValue(), org.assertj.core.data.Offset.offset(0.05));
        }
        assertThat(assignments).as("one money request and the skills request are matched").hasSize(2);
        assertThat(run.getJsonArray("unmatched").getValuesAs(JsonNumber.class)).hasSize(1);

        long runId = run.getJsonNumber("id").longValue();
        assertThat(json(get("coordinator", "api/mentoring/match-runs/" + runId).body())).isEqualTo(run);
        JsonObject scores = json(get("coordinator", "api/mentoring/match-runs/" + runId + "/scores").body());
        assertThat(longs(scores.getJsonArray("requests"))).containsExactly(money1, money2, skills);
        assertThat(longs(scores.getJsonArray("volunteers"))).containsExactly(enhanced, barred);
        assertThat(scores.getJsonArray("capacity").getValuesAs(JsonNumber.class)).extracting(JsonNumber::intValue).containsExactly(2, 1);
        JsonArray matrix = scores.getJsonArray("scores");
        assertThat(matrix).hasSize(3);
        assertThat(matrix.getJsonArray(0)).hasSize(2);
        assertThat(matrix.getJsonArray(0).isNull(0)).as("money help with an enhanced check only is forbidden").isTrue();
        assertThat(matrix.getJsonArray(0).isNull(1)).isFalse();
        assertThat(matrix.getJsonArray(2).isNull(0)).as("skills help needs no barred list check").isFalse();
    }

    @Test
    void staffAndTheOfficerAreRefused() throws Exception {
        for (String user : List.of("staff", "officer")) {
            assertThat(post(user, "api/mentoring/match-runs", "{}").statusCode()).isEqualTo(403);
            assertThat(post(user, "api/mentoring/volunteers", volunteer("X", 1, "ENHANCED", List.of("SKILLS"), TODAY)).statusCode())
                    .isEqualTo(403);
            assertThat(get(user, "api/mentoring/match-runs/1").statusCode()).isEqualTo(403);
            assertThat(get(user, "api/mentoring/match-runs/1/scores").statusCode()).isEqualTo(403);
        }
        assertThat(get("coordinator", "api/mentoring/match-runs/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aDefaultRunCoversEveryoneWaitingAndEveryActiveVolunteer() throws Exception {
        HttpResponse<String> created = post("coordinator", "api/mentoring/match-runs", "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject run = json(created.body());
        int waiting = json(get("coordinator", "api/mentoring/requests?size=500").body()).getInt("total");
        assertThat(run.getJsonArray("assignments").size() + run.getJsonArray("unmatched").size()).isEqualTo(waiting);
        assertThat(run.getJsonArray("assignments")).as("the demo has matches to suggest").isNotEmpty();
    }

    private static String volunteer(String name, int capacity, String dbsLevel, List<String> skills, LocalDate issuedOn) {
        return """
                {"name":"%s","district":"CHELMSFORD","remote":true,"travelKm":20,"capacity":%d,"skills":%s,
                 "languages":["en"],"livedExperience":["PHYSICAL"],"availability":["MON_AM","TUE_PM","WED_PM"],
                 "dbs":{"level":"%s","issuedOn":"%s","updateService":false},"trainingCompletedOn":"%s"}"""
                .formatted(name, capacity, array(skills), dbsLevel, issuedOn, TODAY.minusMonths(3));
    }

    private static String request(String ref, List<String> goals) {
        return """
                {"ref":"%s","district":"CHELMSFORD","remoteOk":true,"goals":%s,"languages":["en"],
                 "sharedExperience":null,"availability":["MON_AM","TUE_PM"],"referredOn":"%s"}"""
                .formatted(ref, array(goals), TODAY.minusDays(20));
    }

    private static String ref() {
        return "IT-" + (1000 + (UUID.randomUUID().hashCode() & 0xffff));
    }

    private static String array(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static List<Long> longs(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(response.body()).getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
        return fields;
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
