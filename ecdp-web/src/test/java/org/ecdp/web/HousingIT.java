package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecdp.web.testing.JsonBody.jsonList;
import static org.ecdp.web.testing.JsonBody.jsonMap;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.JsonBody;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The housing evaluation through its API, as the coordinator, coach and evaluator use it:
 * setting up a programme, enrolling (the arm appears only in the enrolment answer), refusals
 * naming the field, role checks, the evaluation agreeing with the scores posted, the dataset
 * and the allocation chain. Each test sets up its own programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HousingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    record Reply(int status, String body, String contentType) {
        Map<String, Object> json() {
            return jsonMap(body);
        }

        List<String> fields() {
            return JsonBody.fields(body);
        }
    }

    private Reply call(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.portal(base).as(user).send(method, "api/housing/" + path, body);
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
        Reply tooHigh = outcome("evaluator", participant, "M3", 55, TODAY);
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.fields()).containsExactly("score");
        Reply beforeEnrolment = outcome("evaluator", participant, "M3", 35, TODAY.minusDays(1));
        assertThat(beforeEnrolment.fields()).containsExactly("recordedOn");
        assertThat(beforeEnrolment.body()).as("no enrolment date in a message").doesNotContain(TODAY.toString());
        Reply unknown = outcome("coach", 987_654_321L, "M3", 35, TODAY);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.fields()).containsExactly("participant");
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
        roomForCoach();
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
            assertThat(outcome(isCoached ? "coach" : "evaluator", id, "M3", followUp, TODAY).status()).isEqualTo(201);
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
        assertThat(lines.get(0)).isEqualTo("participant,scheme,arm,instrument,timepoint,score,recordedOn,withdrawn,daysFromEnrolment");
        assertThat(lines).as("4 timepoints and 2 yes/no outcomes per participant").hasSize(1 + 10 * 4 + 10 * 2);
        assertThat(dataset.body()).doesNotContain("EV-");
        assertThat(lines.stream().filter(l -> l.split(",", -1)[7].equals("true")).count()).isEqualTo(6);
        List<String> codes = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(codes).as("rows in study-code order, not enrolment order").isSorted();
        assertThat(lines.stream().skip(1).filter(l -> l.contains(",BASELINE,")).map(l -> l.split(",", -1)[8]))
                .as("the baseline is day 0").containsOnly("0");
        Reply dictionary = call("evaluator", "GET", "programmes/" + programme + "/dataset-dictionary.csv", null);
        assertThat(dictionary.body().lines()).hasSize(10).anyMatch(l -> l.startsWith("participant,"))
                .anyMatch(l -> l.startsWith("daysFromEnrolment,"));

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

    @Test
    void anAdministratorDefinesAnInstrumentThatAProgrammeCanThenMeasure() throws Exception {
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        String body = """
                {"code":"%s","name":"Neighbourhood belonging","items":["a","b","c","d","e","f"],"itemMin":0,"itemMax":4,
                 "minimalImportantChange":3}""".formatted(code);
        assertThat(call("coach", "POST", "instruments", body).status()).isEqualTo(403);
        Reply defined = call("admin", "POST", "instruments", body);
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(((Number) defined.json().get("validMax")).doubleValue()).isEqualTo(24.0);
        assertThat(call("admin", "POST", "instruments", body).fields()).containsExactly("code");
        Reply bad = call("admin", "POST", "instruments", """
                {"code":"X_%s","name":"Bad","items":["a"],"itemMin":5,"itemMax":1,"minimalImportantChange":1}""".formatted(code));
        assertThat(bad.fields()).containsExactly("itemMax");
        Reply programme = call("evaluator", "POST", "programmes", """
                {"name":"IT %s","schemes":["HARLOW_COURT"],"instruments":["HOME_WELLBEING","%s"]}""".formatted(code, code));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        Reply unknown = call("evaluator", "POST", "programmes", """
                {"name":"IT unknown","schemes":["HARLOW_COURT"],"instruments":["NO_SUCH_INSTRUMENT"]}""");
        assertThat(unknown.fields()).containsExactly("instruments");
    }

    @Test
    void aControlParticipantIsNeverGivenACoach() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\"");
        long control = -1;
        for (int i = 0; i < 4 && control < 0; i++) {
            Reply enrolled = enrol(programme, "CT-" + i, "HARLOW_COURT", 25);
            if ("CONTROL".equals(enrolled.json().get("arm"))) {
                control = ((Number) enrolled.json().get("id")).longValue();
            }
        }
        assertThat(control).as("a block of at most 4 holds a control place").isPositive();
        Reply refused = call("coordinator", "POST", "participants/" + control + "/coach", "{\"coach\":\"coach\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("coach");
    }

    private Reply binary(String user, long participant, String outcome, Boolean achieved, LocalDate on) throws Exception {
        return call(user, "POST", "participants/" + participant + "/binary-outcomes", """
                {"outcome":"%s","achieved":%s,"recordedOn":"%s"}""".formatted(outcome, achieved, on));
    }

    @Test
    void yesNoOutcomesAreRecordedByCoordinatorOrCoachComparedAndInTheDataset() throws Exception {
        roomForCoach();
        long programme = newProgramme("\"HARLOW_COURT\"");
        int[] movedOn = new int[2];
        int[] known = new int[2];
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Reply enrolled = enrol(programme, "BI-" + i, "HARLOW_COURT", 30);
            long id = ((Number) enrolled.json().get("id")).longValue();
            ids.add(id);
            int arm = "COACHED".equals(enrolled.json().get("arm")) ? 0 : 1;
            if (i == 11) {
                continue;
            }
            boolean moved = i % 3 != 0;
            Reply recorded = binary(arm == 0 && i % 2 == 1 ? "coach" : "coordinator", id, "MOVED_ON", moved, TODAY);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            movedOn[arm] += moved ? 1 : 0;
            known[arm]++;
        }
        Reply ended = binary("coordinator", ids.get(0), "TENANCY_SUSTAINED_M12", false, TODAY);
        assertThat(ended.status()).as("a tenancy can end before 12 months").isEqualTo(201);

        Reply comparison = call("evaluator", "GET", "programmes/" + programme + "/binary-evaluation?outcome=MOVED_ON", null);
        assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
        Map<String, Object> coached = map(map(comparison.json(), "arms"), "COACHED");
        Map<String, Object> control = map(map(comparison.json(), "arms"), "CONTROL");
        assertThat(((Number) coached.get("events")).intValue()).isEqualTo(movedOn[0]);
        assertThat(((Number) coached.get("analysed")).intValue()).isEqualTo(known[0]);
        assertThat(((Number) control.get("events")).intValue()).isEqualTo(movedOn[1]);
        assertThat(number(map(comparison.json(), "riskDifference"), "difference"))
                .isCloseTo((double) movedOn[0] / known[0] - (double) movedOn[1] / known[1], within(1e-12));
        assertThat(map(comparison.json(), "riskRatio")).containsKeys("ratio", "ci");
        assertThat(((Number) map(map(comparison.json(), "consort"), "missing").values().stream()
                .mapToInt(n -> ((Number) n).intValue()).sum())).isEqualTo(1);

        Reply published = call("evaluator", "GET", "programmes/" + programme + "/binary-evaluation?outcome=MOVED_ON&publication=true", null);
        assertThat(published.body()).contains("\"<10\"").contains("\"riskDifference\":null");

        List<String> dataset = call("evaluator", "GET", "programmes/" + programme + "/dataset.csv", null).body().lines().toList();
        assertThat(dataset.stream().filter(l -> l.contains(",MOVED_ON,M12,")).count()).isEqualTo(12);
        assertThat(dataset.stream().filter(l -> l.contains(",MOVED_ON,M12,1," + TODAY + ",")).count())
                .isEqualTo(movedOn[0] + movedOn[1]);
        assertThat(dataset.stream().filter(l -> l.contains(",TENANCY_SUSTAINED_M12,M12,0," + TODAY + ",")).count()).isEqualTo(1);
        assertThat(call("evaluator", "GET", "programmes/" + programme + "/dataset-dictionary.csv", null).body())
                .contains("TENANCY_SUSTAINED_M12").contains("1 = yes and 0 = no");

        // bad input: the field is named and nothing changes
        Reply unknown = binary("coach", 987_654_321L, "MOVED_ON", true, TODAY);
        assertThat(unknown.status()).as("unknown participant").isEqualTo(404);
        assertThat(unknown.fields()).containsExactly("participant");
        assertThat(binary("coordinator", ids.get(11), "MOVED_ON", true, TODAY.minusDays(1)).fields()).containsExactly("recordedOn");
        assertThat(binary("coordinator", ids.get(11), "EVICTED", true, TODAY).fields()).containsExactly("outcome");
        assertThat(binary("coordinator", ids.get(0), "MOVED_ON", true, TODAY).fields()).as("recorded once").containsExactly("outcome");
        assertThat(binary("coordinator", ids.get(11), "TENANCY_SUSTAINED_M12", true, TODAY).fields())
                .as("sustained for 12 months cannot be known on the day of enrolment").containsExactly("recordedOn");
        assertThat(call("coordinator", "POST", "participants/" + ids.get(11) + "/binary-outcomes", "{\"outcome\":\"MOVED_ON\"}").fields())
                .containsExactlyInAnyOrder("achieved", "recordedOn");
        assertThat(call("evaluator", "GET", "programmes/" + programme + "/binary-evaluation?outcome=NOPE", null).fields())
                .containsExactly("outcome");
        assertThat(((Number) map(map(call("evaluator", "GET", "programmes/" + programme + "/binary-evaluation?outcome=MOVED_ON", null)
                .json(), "consort"), "missing").values().stream().mapToInt(n -> ((Number) n).intValue()).sum())).isEqualTo(1);
        assertThat(call("evaluator", "POST", "participants/" + ids.get(11) + "/binary-outcomes", "{}").status()).isEqualTo(403);
        assertThat(call("coach", "GET", "programmes/" + programme + "/binary-evaluation?outcome=MOVED_ON", null).status()).isEqualTo(403);
    }

    @Test
    void theEvaluationCarriesTheBaselineTableAndMeasureWindowsAndHidesSmallCellsForPublication() throws Exception {
        roomForCoach();
        long programme = newProgramme("\"HARLOW_COURT\",\"BASILDON_HOUSE\"");
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int i = 0; i < 8; i++) {
            double baseline = 20 + i;
            Reply enrolled = enrol(programme, "BT-" + i, i < 5 ? "HARLOW_COURT" : "BASILDON_HOUSE", baseline);
            int arm = "COACHED".equals(enrolled.json().get("arm")) ? 0 : 1;
            sum[arm] += baseline;
            n[arm]++;
            if (i < 6) {
                Reply recorded = outcome(arm == 0 ? "coach" : "evaluator", id(enrolled), "M3", baseline + 2, TODAY);
                assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            }
        }
        Map<String, Object> json = call("evaluator", "GET", "programmes/" + programme + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3",
                null).json();
        Map<String, Object> scores = map(map(map(json, "baseline"), "scores"), "HOME_WELLBEING");
        assertThat(((Number) map(scores, "COACHED").get("n")).intValue()).isEqualTo(n[0]);
        assertThat(number(map(scores, "COACHED"), "mean")).isCloseTo(sum[0] / n[0], within(1e-9));
        assertThat(number(map(scores, "CONTROL"), "mean")).isCloseTo(sum[1] / n[1], within(1e-9));
        Map<String, Object> schemes = map(map(json, "baseline"), "schemes");
        assertThat(map(schemes, "HARLOW_COURT").values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(5);
        assertThat(map(schemes, "BASILDON_HOUSE").values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(3);
        Map<String, Object> windows = map(json, "windows");
        assertThat(map(windows, "OUT_OF_WINDOW").values().stream().mapToInt(v -> ((Number) v).intValue()).sum())
                .as("an M3 score taken on the day of enrolment is outside its window").isEqualTo(6);
        assertThat(map(windows, "NOT_YET").values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(2);

        Reply published = call("evaluator", "GET", "programmes/" + programme
                + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3&publication=true", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body()).contains("\"randomised\":\"<10\"").contains("\"publication\":{\"suppressedUnder\":10")
                .doesNotContain("\"randomised\":8");
        Map<String, Object> consort = map(published.json(), "consort");
        assertThat(map(consort, "allocated").values()).containsOnly("<10");
        assertThat(map(map(published.json(), "windows"), "OUT_OF_WINDOW").values()).containsOnly("<10");
        for (String arm : List.of("COACHED", "CONTROL")) {
            assertThat(map(map(published.json(), "arms"), arm)).as("means and SDs of a group under 10 are withheld")
                    .containsEntry("followupMean", null).containsEntry("changeSd", null);
            assertThat(map(map(map(map(published.json(), "baseline"), "scores"), "HOME_WELLBEING"), arm)).containsEntry("mean", null);
        }
        assertThat(map(published.json(), "ancova")).as("the analyses of groups under 10 are withheld").containsEntry("effect", null)
                .containsEntry("ci", null);
        assertThat(map(json, "ancova").get("effect")).as("and shown outside the publication view").isInstanceOf(Number.class);
        assertThat(call("coach", "GET", "programmes/" + programme
                + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3&publication=true", null).status()).isEqualTo(403);
    }

    @Test
    void enrolmentNeedsEveryEligibilityItemConfirmedStratifiesBySchemeAndBandAndStopsAtTheTarget() throws Exception {
        Reply created = call("evaluator", "POST", "programmes", """
                {"name":"IT banded %s","schemes":["HARLOW_COURT"],"instruments":["HOME_WELLBEING"],
                 "strata":["scheme","baselineBand"],"bandInstrument":"HOME_WELLBEING","bandCuts":[25],"targetSize":3,
                 "eligibility":["Aged 18 or over","Holds a supported housing tenancy"]}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("eligibility")).isEqualTo(List.of("Aged 18 or over", "Holds a supported housing tenancy"));
        long programme = ((Number) created.json().get("id")).longValue();
        String path = "programmes/" + programme + "/participants";
        String body = """
                {"ref":"%s","scheme":"HARLOW_COURT","consent":true,"eligibility":%s,"baseline":{"instrument":"HOME_WELLBEING","score":%s}}""";

        assertThat(call("coordinator", "POST", path, body.formatted("EL-1", "[true,false]", 20)).fields()).containsExactly("eligibility[1]");
        assertThat(call("coordinator", "POST", path, """
                {"ref":"EL-1","scheme":"HARLOW_COURT","consent":true,"baseline":{"instrument":"HOME_WELLBEING","score":20}}""").fields())
                .containsExactly("eligibility");
        assertThat(call("coordinator", "GET", "programmes/" + programme, null).json().get("allocations")).isEqualTo(0L);

        for (int i = 1; i <= 3; i++) {
            Reply enrolled = call("coordinator", "POST", path, body.formatted("EL-" + i, "[true,true]", i == 2 ? 40 : 20));
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        }
        Reply overTarget = call("coordinator", "POST", path, body.formatted("EL-4", "[true,true]", 20));
        assertThat(overTarget.status()).isEqualTo(400);
        assertThat(overTarget.fields()).containsExactly("programme");
        assertThat(overTarget.body()).contains("target size of 3");

        assertThat(call("evaluator", "POST", "programmes/" + programme + "/status", "{\"status\":\"CLOSED\"}").status()).isEqualTo(200);
        String sequence = call("evaluator", "GET", "programmes/" + programme + "/sequence", null).body();
        assertThat(sequence).contains("band=B1;scheme=HARLOW_COURT").contains("band=B2;scheme=HARLOW_COURT");
        Map<String, Object> bands = map(map(call("evaluator", "GET", "programmes/" + programme
                + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3", null).json(), "baseline"), "bands");
        assertThat(map(bands, "B1").values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(2);
        assertThat(map(bands, "B2").values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(1);

        Reply badBands = call("evaluator", "POST", "programmes", """
                {"name":"IT bad bands","schemes":["HARLOW_COURT"],"instruments":["HOME_WELLBEING"],"strata":["scheme","baselineBand"],
                 "bandInstrument":"HOME_WELLBEING","bandCuts":[30,20]}""");
        assertThat(badBands.fields()).containsExactly("bandCuts");
    }

    @Test
    void aCoordinatorAddsACoachWithACaseloadLimitAndLivedExperience() throws Exception {
        Reply saved = call("coordinator", "POST", "coaches", """
                {"coach":"coach","caseloadLimit":100,"livedExperience":"Lived in supported housing for six years"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(call("admin", "GET", "coaches", null).body()).contains("Lived in supported housing for six years");
        assertThat(call("coordinator", "POST", "coaches", "{\"coach\":\"evaluator\",\"caseloadLimit\":5}").fields())
                .containsExactly("coach");
        assertThat(call("coordinator", "POST", "coaches", "{\"coach\":\"coach\",\"caseloadLimit\":0}").fields())
                .containsExactly("caseloadLimit");
        assertThat(call("coach", "POST", "coaches", "{\"coach\":\"coach\",\"caseloadLimit\":5}").status()).isEqualTo(403);
    }

    /** The demo coach, with room for every coached tenant the tests enrol (the demo gives them 12). */
    private void roomForCoach() throws Exception {
        setCoachLimit(100);
    }

    private void setCoachLimit(long limit) throws Exception {
        Reply saved = call("coordinator", "POST", "coaches", "{\"coach\":\"coach\",\"caseloadLimit\":" + limit + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    }

    private long coachCaseload() throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> coaches = jsonList(call("coordinator", "GET", "coaches", null).body());
        return coaches.stream().filter(c -> "coach".equals(c.get("coach"))).mapToLong(c -> ((Number) c.get("caseload")).longValue())
                .findFirst().orElseThrow();
    }

    private static long id(Reply reply) {
        return ((Number) reply.json().get("id")).longValue();
    }

    @Test
    void aCoachReachesOnlyTheTenantsOnTheirOwnCaseloadAndLearnsNothingOfAnyOther() throws Exception {
        roomForCoach();
        long programme = newProgramme("\"HARLOW_COURT\"");
        long own = -1;
        long control = -1;
        for (int i = 0; i < 12 && (own < 0 || control < 0); i++) {
            Reply enrolled = enrol(programme, "OW-" + i, "HARLOW_COURT", 30);
            if ("COACHED".equals(enrolled.json().get("arm"))) {
                own = own < 0 ? id(enrolled) : own;
            } else {
                control = control < 0 ? id(enrolled) : control;
            }
        }
        assertThat(own).isPositive();
        assertThat(control).isPositive();
        long notMine = -1;
        try {
            // a full caseload: the next coached tenant gets no coach, so is on nobody's caseload
            setCoachLimit(coachCaseload());
            for (int i = 0; i < 12 && notMine < 0; i++) {
                Reply enrolled = enrol(programme, "NM-" + i, "HARLOW_COURT", 30);
                notMine = "COACHED".equals(enrolled.json().get("arm")) ? id(enrolled) : -1;
            }
        } finally {
            roomForCoach();
        }
        assertThat(notMine).isPositive();
        LocalDate longAgo = LocalDate.of(1900, 1, 1);
        for (long other : List.of(control, notMine, 987_654_321L)) {
            for (Reply refused : List.of(outcome("coach", other, "M3", 30, longAgo), outcome("coach", other, "M3", 30, TODAY),
                    binary("coach", other, "MOVED_ON", true, longAgo), binary("coach", other, "MOVED_ON", true, TODAY),
                    call("coach", "GET", "participants/" + other + "/binary-outcomes", null),
                    call("coach", "POST", "participants/" + other + "/sessions", """
                            {"on":"1900-01-01","minutes":30,"topics":["TENANCY"]}"""))) {
                assertThat(refused.status()).as("participant %d: %s", other, refused.body()).isEqualTo(404);
                assertThat(refused.body()).doesNotContain(TODAY.toString()).doesNotContain("enrol");
            }
        }
        assertThat(call("coordinator", "GET", "participants/" + control + "/binary-outcomes", null).body())
                .as("nothing was written").isEqualTo("[]");
        assertThat(call("coordinator", "GET", "participants/" + notMine + "/binary-outcomes", null).body()).isEqualTo("[]");
        assertThat(call("evaluator", "GET", "programmes/" + programme + "/dataset.csv", null).body().lines()
                .filter(l -> l.contains(",M3,")).map(l -> l.split(",", -1)[5])).as("no score was written").containsOnly("");

        Reply early = outcome("coach", own, "M3", 30, TODAY.minusDays(1));
        assertThat(early.fields()).containsExactly("recordedOn");
        assertThat(early.body()).doesNotContain(TODAY.toString());
        assertThat(outcome("coach", own, "M3", 30, TODAY).status()).isEqualTo(201);
        assertThat(binary("coach", own, "MOVED_ON", false, TODAY).status()).isEqualTo(201);
        assertThat(call("coach", "GET", "participants/" + own + "/binary-outcomes", null).body()).contains("MOVED_ON");
        assertThat(call("coach", "POST", "participants/" + own + "/sessions", """
                {"on":"%s","minutes":30,"topics":["TENANCY"]}""".formatted(TODAY)).status()).isEqualTo(201);
        assertThat(call("evaluator", "POST", "participants/" + control + "/outcomes", """
                {"instrument":"HOME_WELLBEING","timepoint":"BASELINE","score":30,"recordedOn":"%s"}""".formatted(TODAY)).fields())
                .as("no baseline after randomisation").containsExactly("timepoint");
    }

    @Test
    void theEnrollerSeesNeitherOtherArmsNorTheBlockDesignAndAReEnrolmentIsFlaggedForTheEvaluator() throws Exception {
        long programme = newProgramme("\"HARLOW_COURT\",\"BASILDON_HOUSE\"");
        assertThat(call("evaluator", "GET", "programmes/" + programme, null).json().get("blockSizes")).isEqualTo(List.of(2L, 4L));
        for (String enroller : List.of("coordinator", "coach")) {
            Map<String, Object> seen = call(enroller, "GET", "programmes/" + programme, null).json();
            assertThat(seen).containsKeys("blockSizes", "ratio");
            assertThat((List<?>) seen.get("blockSizes")).as(enroller).isEmpty();
            assertThat((List<?>) seen.get("ratio")).as(enroller).isEmpty();
            assertThat(call(enroller, "GET", "programmes", null).body()).doesNotContain("\"blockSizes\":[2");
        }
        Reply single = call("evaluator", "POST", "programmes", """
                {"name":"IT single %s","schemes":["HARLOW_COURT"],"instruments":["HOME_WELLBEING"],"blockSizes":[2]}"""
                .formatted(UUID.randomUUID()));
        assertThat(single.fields()).containsExactly("blockSizes");

        long first = id(enrol(programme, "RE-1", "HARLOW_COURT", 30));
        enrol(programme, "RE-2", "BASILDON_HOUSE", 30);
        Reply listed = call("coordinator", "GET", "programmes/" + programme + "/participants", null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("RE-1").doesNotContain("COACHED").doesNotContain("CONTROL");

        assertThat(call("coordinator", "POST", "participants/" + first + "/withdrawal", """
                {"reason":"Went to live with her sister","reasonCode":"EVICTED","on":"%s"}""".formatted(TODAY)).fields())
                .containsExactly("reasonCode");
        Reply withdrawn = call("coordinator", "POST", "participants/" + first + "/withdrawal", """
                {"reason":"Went to live with her sister","reasonCode":"MOVED_AWAY","on":"%s"}""".formatted(TODAY));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawalCode")).isEqualTo("MOVED_AWAY");
        Reply again = enrol(programme, "RE-1B", "HARLOW_COURT", 30);
        assertThat(again.status()).as("flagged, not refused").isEqualTo(201);
        Reply other = enrol(programme, "RE-3", "BASILDON_HOUSE", 30);

        Reply flags = call("evaluator", "GET", "programmes/" + programme + "/withdrawals", null);
        assertThat(flags.status()).as(flags.body()).isEqualTo(200);
        assertThat(flags.body()).doesNotContain("sister").doesNotContain("RE-");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = jsonList(flags.body());
        assertThat(rows).hasSize(2);
        assertThat(rows).anyMatch(r -> Boolean.TRUE.equals(r.get("withdrawn")) && "MOVED_AWAY".equals(r.get("reason")));
        assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.get("possibleReenrolment"))).hasSize(1)
                .allMatch(r -> Boolean.FALSE.equals(r.get("withdrawn")));
        assertThat(call("coordinator", "GET", "programmes/" + programme + "/withdrawals", null).status()).isEqualTo(403);
        assertThat(other.status()).isEqualTo(201);
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
