package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * The housing evaluation through its API, as the coordinator, coach and evaluator use it:
 * setting up a programme, enrolling (the arm appears only in the enrolment answer), refusals
 * naming the field, role checks, the evaluation agreeing with the scores posted, the dataset
 * and the allocation chain. Each test sets up its own programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HousingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Json JSON = new Json();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    record Reply(int status, String body, String contentType) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return JSON.toType(body, Map.class);
        }

        List<String> fields() {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
            return errors == null ? List.of() : errors.stream().map(e -> (String) e.get("field")).toList();
        }
    }

    private Reply call(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + "api/housing/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }

    private long newProgramme(String schemes) throws Exception {
        Reply created = call("evaluator", "POST", "programmes", """
                {"name":"IT %s","schemes":[%s],"instruments":["HOME_WELLBEING"],"strata":["scheme"],"blockSizes":[2,4],"ratio":[1,1]}"""
                .formatted(UUID.randomUUID(), schemes));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContainIgnoringCase("seed\"").contains("seedCommitment");
        return ((Number) created.json().get("id")).longValue();
    }

    private Reply enrol(long programme, String ref, String scheme, double baseline) throws Exception {
        return call("coordinator", "POST", "programmes/" + programme + "/participants", """
                {"ref":"%s","scheme":"%s","consent":true,"baseline":{"instrument":"HOME_WELLBEING","score":%s}}"""
                .formatted(ref, scheme, baseline));
    }

    @Test
    void enrolmentRevealsTheArmOnlyInItsAnswerAndKeepsEveryStratumBalanced() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\",\"BASILDON_HOUSE\"");
        int coached = 0;
        for (int i = 0; i < 12; i++) {
            Reply enrolled = enrol(programme, "HS-" + i, i % 2 == 0 ? "HARLOW_COURT" : "BASILDON_HOUSE", 20 + i);
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
            assertThat(enrolled.json()).containsOnlyKeys("id", "arm");
            assertThat(enrolled.json().get("arm")).isIn("COACHED", "CONTROL");
            coached += "COACHED".equals(enrolled.json().get("arm")) ? 1 : 0;
        }
        // two strata of 6, blocks of 2 and 4: each stratum has 2 to 4 coached
        assertThat(coached).isBetween(4, 8);
        Reply programmeView = call("coordinator", "GET", "programmes/" + programme, null);
        assertThat(programmeView.json().get("allocations")).isEqualTo(12L);
        assertThat(programmeView.body()).doesNotContain("COACHED").doesNotContain("CONTROL");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\"");
        Reply noConsent = call("coordinator", "POST", "programmes/" + programme + "/participants", """
                {"ref":"HS-1","scheme":"HARLOW_COURT","consent":false,"baseline":{"instrument":"HOME_WELLBEING","score":30}}""");
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.contentType()).startsWith("application/problem+json");
        assertThat(noConsent.fields()).containsExactly("consent");
        Reply noBaseline = call("coordinator", "POST", "programmes/" + programme + "/participants", """
                {"ref":"HS-1","scheme":"HARLOW_COURT","consent":true}""");
        assertThat(noBaseline.fields()).contains("baseline");
        Reply outOfRange = enrol(programme, "HS-1", "HARLOW_COURT", 51);
        assertThat(outOfRange.fields()).containsExactly("baseline.score");
        assertThat(call("coordinator", "GET", "programmes/" + programme, null).json().get("allocations")).isEqualTo(0L);

        Reply first = enrol(programme, "HS-1", "HARLOW_COURT", 30);
        assertThat(first.status()).isEqualTo(201);
        Reply again = enrol(programme, "hs-1", "HARLOW_COURT", 30);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.fields()).containsExactly("ref");

        long participant = ((Number) first.json().get("id")).longValue();
        Reply tooHigh = outcome("coach", participant, "M3", 55, TODAY);
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.fields()).containsExactly("score");
        Reply beforeEnrolment = outcome("coach", participant, "M3", 35, TODAY.minusDays(1));
        assertThat(beforeEnrolment.fields()).containsExactly("recordedOn");
        Reply unknown = outcome("coach", 987_654_321L, "M3", 35, TODAY);
        assertThat(unknown.status()).isEqualTo(404);
        Reply badProgramme = call("evaluator", "POST", "programmes", """
                {"name":"","schemes":["HARLOW_COURT"],"instruments":["NO_SUCH"],"blockSizes":[3]}""");
        assertThat(badProgramme.fields()).contains("name", "blockSizes");
        Reply withdrawal = call("coordinator", "POST", "participants/" + participant + "/withdrawal", """
                {"reason":"","on":"%s"}""".formatted(TODAY));
        assertThat(withdrawal.fields()).containsExactly("reason");
    }

    private Reply outcome(String user, long participant, String timepoint, double score, LocalDate on) throws Exception {
        return call(user, "POST", "participants/" + participant + "/outcomes", """
                {"instrument":"HOME_WELLBEING","timepoint":"%s","score":%s,"recordedOn":"%s"}""".formatted(timepoint, score, on));
    }

    @Test
    void eachRoleIsHeldToItsOwnPart() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\"");
        assertThat(call("coach", "POST", "programmes", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(call("coordinator", "POST", "programmes", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(call("evaluator", "POST", "programmes/" + programme + "/participants", "{}").status()).isEqualTo(403);
        assertThat(call("coach", "GET", "programmes/" + programme + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3", null).status())
                .isEqualTo(403);
        assertThat(call("coordinator", "GET", "programmes/" + programme + "/dataset.csv", null).status()).isEqualTo(403);
        assertThat(call("coach", "GET", "programmes/" + programme + "/allocation-chain", null).status()).isEqualTo(403);
        assertThat(call("coordinator", "POST", "participants/1/outcomes", "{}").status()).isEqualTo(403);
        assertThat(call("evaluator", "GET", "programmes/" + programme + "/sequence", null).status())
                .as("the sequence stays concealed while recruiting").isEqualTo(409);
    }

    @Test
    void theEvaluationAgreesWithTheScoresPostedAndTheDatasetIsPseudonymised() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\"");
        List<double[]> coached = new ArrayList<>();
        List<double[]> control = new ArrayList<>();
        long withdrawnId = -1;
        for (int i = 0; i < 10; i++) {
            double baseline = 20 + (i * 7) % 13;
            Reply enrolled = enrol(programme, "EV-" + i, "HARLOW_COURT", baseline);
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
            long id = ((Number) enrolled.json().get("id")).longValue();
            boolean isCoached = "COACHED".equals(enrolled.json().get("arm"));
            if (i == 9) {
                withdrawnId = id;
                continue;
            }
            double followUp = baseline + (isCoached ? 6 : 1) + (i % 3);
            assertThat(outcome(i % 2 == 0 ? "coach" : "evaluator", id, "M3", followUp, TODAY).status()).isEqualTo(201);
            (isCoached ? coached : control).add(new double[] {baseline, followUp});
        }
        Reply withdrawal = call("coordinator", "POST", "participants/" + withdrawnId + "/withdrawal", """
                {"reason":"Moved away","on":"%s"}""".formatted(TODAY));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);

        Reply evaluation = call("evaluator", "GET", "programmes/" + programme + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3", null);
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(200);
        Map<String, Object> json = evaluation.json();
        assertThat(json).containsKeys("arms", "ancova", "welch", "hedgesG", "consort");
        Map<String, Object> arms = map(json, "arms");
        Map<String, Object> coachedArm = map(arms, "COACHED");
        assertThat(((Number) coachedArm.get("analysed")).intValue()).isEqualTo(coached.size());
        assertThat(number(coachedArm, "followupMean")).isCloseTo(mean(coached, 1), within(1e-9));
        assertThat(number(map(arms, "CONTROL"), "followupMean")).isCloseTo(mean(control, 1), within(1e-9));
        double changeDifference = (mean(coached, 1) - mean(coached, 0)) - (mean(control, 1) - mean(control, 0));
        assertThat(number(map(json, "welch"), "difference")).isCloseTo(changeDifference, within(1e-9));
        assertThat(number(map(json, "ancova"), "effect")).isGreaterThan(0);
        Map<String, Object> consort = map(json, "consort");
        assertThat(((Number) consort.get("randomised")).intValue()).isEqualTo(10);
        int withdrawn = map(consort, "withdrawn").values().stream().mapToInt(n -> ((Number) n).intValue()).sum();
        assertThat(withdrawn).isEqualTo(1);

        Reply dataset = call("evaluator", "GET", "programmes/" + programme + "/dataset.csv", null);
        assertThat(dataset.status()).isEqualTo(200);
        assertThat(dataset.contentType()).startsWith("text/csv");
        List<String> lines = dataset.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("participant,scheme,arm,instrument,timepoint,score,recordedOn,withdrawn");
        assertThat(lines).hasSize(1 + 10 * 4);
        assertThat(dataset.body()).doesNotContain("EV-");
        assertThat(lines.stream().filter(l -> l.endsWith(",true")).count()).isEqualTo(4);
        Reply dictionary = call("evaluator", "GET", "programmes/" + programme + "/dataset-dictionary.csv", null);
        assertThat(dictionary.body().lines()).hasSize(9).anyMatch(l -> l.startsWith("participant,"));

        Reply badTimepoint = call("evaluator", "GET", "programmes/" + programme + "/evaluation?instrument=HOME_WELLBEING&timepoint=BASELINE", null);
        assertThat(badTimepoint.fields()).containsExactly("timepoint");
    }

    @Test
    void theAllocationChainVerifiesAndTheSequenceIsDisclosedOnceClosed() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\",\"BASILDON_HOUSE\"");
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            arms.add((String) enrol(programme, "CH-" + i, i < 3 ? "HARLOW_COURT" : "BASILDON_HOUSE", 30).json().get("arm"));
        }
        Reply chain = call("evaluator", "GET", "programmes/" + programme + "/allocation-chain", null);
        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        assertThat(chain.json().get("intact")).isEqualTo(true);
        assertThat(chain.json().get("allocationsChecked")).isEqualTo(6L);

        assertThat(call("evaluator", "POST", "programmes/" + programme + "/status", "{\"status\":\"CLOSED\"}").status()).isEqualTo(200);
        assertThat(enrol(programme, "CH-9", "HARLOW_COURT", 30).fields()).contains("programme");
        Reply sequence = call("evaluator", "GET", "programmes/" + programme + "/sequence", null);
        assertThat(sequence.status()).as(sequence.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> revealed = (List<Map<String, Object>>) sequence.json().get("allocations");
        assertThat(revealed).hasSize(6);
        assertThat(revealed.stream().map(r -> (String) r.get("arm")).sorted().toList()).isEqualTo(arms.stream().sorted().toList());
        assertThat(sequence.json().get("seedCommitment")).isEqualTo(call("evaluator", "GET", "programmes/" + programme, null)
                .json().get("seedCommitment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    private static double number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).doubleValue();
    }

    private static double mean(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(r -> r[column]).average().orElse(Double.NaN);
    }
}
