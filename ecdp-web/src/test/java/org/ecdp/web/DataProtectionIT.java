package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.jsonList;
import static org.ecdp.web.testing.JsonBody.jsonMap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.JsonBody;
import org.ecdp.web.testing.SeededRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Data protection through the API, against the real portal and its database: a person in the
 * log, mentoring and housing is found, objected for, erased, and then absent from every API,
 * export, evidence pack, search and every text column of every table, while the trend series,
 * the evaluation, CONSORT and the allocation chain answer exactly as before. Retention is
 * shown over a simulated timeline (entries dated up to six years back: the log takes any past
 * date), with the rules in force.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataProtectionIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal().addClass(FailingPersonalDataHolder.class);
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    @RegisterExtension
    static final SeededRandom seeded = new SeededRandom();

    record Reply(int status, String body, String contentType, byte[] bytes) {
        Map<String, Object> json() {
            return jsonMap(body);
        }

        List<Object> list() {
            return jsonList(body);
        }

        List<String> fields() {
            return JsonBody.fields(body);
        }
    }

    private Reply call(String user, String method, String path, String body) throws IOException, InterruptedException {
        Http caller = Http.portal(base).as(user);
        HttpResponse<byte[]> response = caller.sendForBytes(caller.request(method, "api/" + path, body == null ? null : "application/json", body));
        return new Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private Reply ok(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    private static String newRef() {
        return "DP-" + seeded.random().nextInt(100_000, 999_999);
    }

    private static String newWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private long entry(String ref, LocalDate on, String summary) throws Exception {
        Reply created = ok(call("staff", "POST", "entries", """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["ACCESS_TO_WORK"],"summary":"%s",
                 "peopleCount":1,"channel":"PHONE","locality":"CHELMSFORD","personRef":"%s"}""".formatted(on, summary, ref)), 201);
        return ((Number) created.json().get("id")).longValue();
    }

    /** Everything a person can leave in the three capabilities, with their words in each free-text field. */
    private record Person(String ref, List<String> words, long entry, long request, long match, long programme, long participant) {
    }

    private Person personInEveryCapability() throws Exception {
        String ref = newRef();
        List<String> words = List.of(newWord(), newWord(), newWord(), newWord(), newWord(), newWord());
        long entry = entry(ref, TODAY.minusDays(3), "Bus driver refused the ramp again " + words.get(0));
        ok(call("officer", "PUT", "entries/" + entry, """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["ACCESS_TO_WORK"],"summary":"Bus driver refused the ramp twice %s",
                 "peopleCount":1,"channel":"PHONE","locality":"CHELMSFORD","personRef":"%s"}""".formatted(TODAY.minusDays(3), words.get(1), ref)), 200);

        long volunteer = ((Number) ok(call("coordinator", "POST", "mentoring/volunteers", """
                {"name":"DP Mentor","district":"CHELMSFORD","remote":true,"travelKm":20,"capacity":1,"skills":["SKILLS","CONFIDENCE"],
                 "languages":["en"],"livedExperience":["PHYSICAL"],"availability":["MON_AM","TUE_PM"],
                 "dbs":{"level":"ENHANCED","issuedOn":"%s","updateService":false},"trainingCompletedOn":"%s"}"""
                .formatted(TODAY.minusYears(1), TODAY.minusMonths(3))), 201).json().get("id")).longValue();
        long request = ((Number) ok(call("coordinator", "POST", "mentoring/requests", """
                {"ref":"%s","district":"CHELMSFORD","remoteOk":true,"goals":["SKILLS","CONFIDENCE"],"languages":["en"],
                 "sharedExperience":null,"availability":["MON_AM","TUE_PM"],"referredOn":"%s"}""".formatted(ref, TODAY.minusDays(20))), 201)
                .json().get("id")).longValue();
        long match = ((Number) ok(call("coordinator", "POST", "mentoring/matches",
                "{\"request\":%d,\"volunteer\":%d}".formatted(request, volunteer)), 201).json().get("id")).longValue();
        ok(call("coordinator", "POST", "mentoring/matches/" + match + "/introduce", "{\"firstMeetingOn\":\"%s\"}".formatted(TODAY)), 200);
        ok(call("coordinator", "POST", "mentoring/matches/" + match + "/start", ""), 200);
        ok(call("coordinator", "POST", "mentoring/matches/" + match + "/sessions", """
                {"heldOn":"%s","minutes":60,"whatWasDone":"Practised the bus journey %s","place":"Chelmsford %s"}"""
                .formatted(TODAY, words.get(2), words.get(3))), 201);
        ok(call("coordinator", "POST", "mentoring/matches/" + match + "/progress",
                "{\"goal\":\"SKILLS\",\"score\":4,\"notes\":\"Nervous on buses %s\"}".formatted(words.get(4))), 201);

        long programme = ((Number) ok(call("evaluator", "POST", "housing/programmes", """
                {"name":"DP %s","schemes":["HARLOW_COURT"],"instruments":["HOME_WELLBEING"],"strata":["scheme"],"blockSizes":[2,4],"ratio":[1,1]}"""
                .formatted(UUID.randomUUID())), 201).json().get("id")).longValue();
        long participant = 0;
        for (int i = 0; i < 6; i++) {
            String tenant = i == 2 ? ref : "DPT-" + seeded.random().nextInt(100_000, 999_999);
            long id = ((Number) ok(call("coordinator", "POST", "housing/programmes/" + programme + "/participants", """
                    {"ref":"%s","scheme":"HARLOW_COURT","consent":true,"baseline":{"instrument":"HOME_WELLBEING","score":%d}}"""
                    .formatted(tenant, 20 + i)), 201).json().get("id")).longValue();
            ok(call("evaluator", "POST", "housing/participants/" + id + "/outcomes", """
                    {"instrument":"HOME_WELLBEING","timepoint":"M3","score":%d,"recordedOn":"%s"}""".formatted(25 + i * 2, TODAY)), 201);
            if (i == 2) {
                participant = id;
            }
        }
        ok(call("coordinator", "POST", "housing/participants/" + participant + "/withdrawal", """
                {"reason":"Moved in with family %s","on":"%s"}""".formatted(words.get(5), TODAY)), 200);
        return new Person(ref, words, entry, request, match, programme, participant);
    }

    /** What the organisation's statistics say, to compare before and after an erasure. */
    private List<String> statistics(Person p) throws Exception {
        String range = "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
        return List.of(
                ok(call("officer", "GET", "trends/series?theme=ACCESS_TO_WORK&interval=DAY&" + range, null), 200).body(),
                String.valueOf(ok(call("officer", "GET", "entries?theme=ACCESS_TO_WORK&size=1&" + range, null), 200).json().get("total")),
                ok(call("evaluator", "GET", "housing/programmes/" + p.programme() + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3", null), 200).body(),
                ok(call("evaluator", "GET", "housing/programmes/" + p.programme() + "/allocation-chain", null), 200).body());
    }

    @Test
    void aVolunteerIsFoundByIdAndErasedOnlyWithAReason() throws Exception {
        String word = newWord();
        String name = "Mentor " + word.substring(2, 6).replaceAll("[0-9]", "x");
        long volunteer = ((Number) ok(call("coordinator", "POST", "mentoring/volunteers", """
                {"name":"%s","district":"CHELMSFORD","remote":true,"travelKm":20,"capacity":1,"skills":["SKILLS"],
                 "languages":["en"],"livedExperience":["PHYSICAL"],"availability":["MON_AM"],
                 "dbs":{"level":"ENHANCED","issuedOn":"%s","updateService":false},"trainingCompletedOn":"%s"}"""
                .formatted(name, TODAY.minusYears(1), TODAY.minusMonths(3))), 201).json().get("id")).longValue();

        assertThat(ok(call("admin", "GET", "people/volunteers/" + volunteer, null), 200).body()).as("what is held").contains(name);
        assertThat(call("coordinator", "GET", "people/volunteers/" + volunteer, null).status()).as("only the administrator").isEqualTo(403);
        assertThat(ok(call("admin", "POST", "people/volunteers/" + volunteer + "/erasure", "{}"), 400).fields()).containsExactly("reason");
        assertThat(call("admin", "GET", "people/volunteers/" + volunteer, null).body()).as("a refused erasure changes nothing").contains(name);

        ok(call("admin", "POST", "people/volunteers/" + volunteer + "/erasure", "{\"reason\":\"Left and asked us to\"}"), 200);
        assertThat(call("admin", "GET", "people/volunteers/" + volunteer, null).body()).as("the name is gone").doesNotContain(name);
        assertThat(call("admin", "GET", "people/volunteers/999999999", null).status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonInEveryCapabilityIsFoundThenErasedFromEverythingWhileTheStatisticsStayTrue() throws Exception {
        Person p = personInEveryCapability();

        Reply found = ok(call("admin", "GET", "people/" + p.ref().toLowerCase(Locale.ROOT), null), 200);
        Map<String, Object> held = found.json();
        assertThat(held.get("ref")).isEqualTo(p.ref());
        List<Map<String, Object>> log = (List<Map<String, Object>>) held.get("log");
        assertThat(log).hasSize(1);
        assertThat((String) log.get(0).get("summary")).contains(p.words().get(1));
        assertThat(log.get(0).get("revisions").toString()).contains(p.words().get(0));
        List<Map<String, Object>> mentoring = (List<Map<String, Object>>) held.get("mentoring");
        assertThat(mentoring).hasSize(1);
        assertThat(mentoring.get(0).get("matches").toString()).contains(p.words().get(2), p.words().get(3), p.words().get(4));
        List<Map<String, Object>> housing = (List<Map<String, Object>>) held.get("housing");
        assertThat(housing).hasSize(1);
        assertThat(housing.get(0).get("withdrawalReason").toString()).contains(p.words().get(5));
        assertThat(housing.get(0).get("outcomes").toString()).contains("BASELINE", "M3");
        Reply pdf = ok(call("admin", "GET", "people/" + p.ref() + "?format=pdf", null), 200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(auditCount("privacy.subject-access", "person " + p.ref())).isEqualTo(2);

        for (String user : List.of("officer", "coordinator", "staff", "evaluator")) {
            assertThat(call(user, "GET", "people/" + p.ref(), null).status()).as(user).isEqualTo(403);
            assertThat(call(user, "POST", "people/" + p.ref() + "/erasure", "{\"reason\":\"x\"}").status()).as(user).isEqualTo(403);
        }
        assertThat(call("admin", "GET", "people/NOBODY-" + newRef().substring(3), null).status()).isEqualTo(404);

        // objection: still counted, never quoted
        String range = "from=" + TODAY.minusDays(30) + "&to=" + TODAY;
        assertThat(xlsxText(ok(call("officer", "GET", "evidence?theme=ACCESS_TO_WORK&format=xlsx&external=false&quote=" + p.entry() + "&" + range, null), 200)))
                .as("quoted before the objection").contains("ramp twice");
        assertThat(call("staff", "POST", "people/" + p.ref() + "/objection", null).status()).isEqualTo(403);
        assertThat(ok(call("officer", "POST", "people/" + p.ref() + "/objection", null), 200).json().get("records")).isEqualTo(1L);
        assertThat(xlsxText(ok(call("officer", "GET", "evidence?theme=ACCESS_TO_WORK&format=xlsx&external=false&quote=" + p.entry() + "&" + range, null), 200)))
                .doesNotContain("ramp twice");
        long laterEntry = entry(p.ref(), TODAY.minusDays(2), "Ramp broken at the station " + newWord());
        assertThat(xlsxText(ok(call("officer", "GET", "evidence?theme=ACCESS_TO_WORK&format=xlsx&external=false&quote=" + laterEntry + "&" + range, null), 200)))
                .as("recorded after the objection, not quoted either").doesNotContain("Ramp broken");

        List<String> before = statistics(p);
        assertThat(before.get(3)).contains("\"intact\":true");

        // refusals change nothing
        assertThat(ok(call("admin", "POST", "people/" + p.ref() + "/erasure", "{\"reason\":\"  \"}"), 400).fields()).containsExactly("reason");
        assertThat(ok(call("admin", "POST", "people/" + p.ref() + "/erasure", "{}"), 400).fields()).containsExactly("reason");
        ok(call("admin", "POST", "people/NOBODY-" + newRef().substring(3) + "/erasure", "{\"reason\":\"Asked by phone\"}"), 404);
        ok(call("admin", "GET", "people/" + p.ref(), null), 200);

        long started = System.nanoTime();
        Reply erased = ok(call("admin", "POST", "people/" + p.ref() + "/erasure",
                "{\"reason\":\"Erasure requested in writing by " + p.ref() + "\"}"), 200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("DataProtectionIT: one erasure took " + millis + " ms: " + erased.body());
        assertThat(erased.json()).containsKeys("log", "mentoring", "housing");
        assertThat(erased.json().get("log")).isEqualTo(2L);
        assertThat(((Number) erased.json().get("mentoring")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat(erased.json().get("housing")).isEqualTo(1L);

        ok(call("admin", "GET", "people/" + p.ref(), null), 404);
        ok(call("admin", "POST", "people/" + p.ref() + "/erasure", "{\"reason\":\"again\"}"), 404);
        assertThat(statistics(p)).as("trend series, list totals, evaluation with CONSORT, chain verification").isEqualTo(before);
        for (String word : p.words()) {
            assertThat(ok(call("officer", "GET", "entries?q=" + word, null), 200).json().get("total")).as(word).isEqualTo(0L);
        }
        String export = ok(call("officer", "GET", "entries/export?format=csv&" + range, null), 200).body();
        String journey = ok(call("coordinator", "GET", "mentoring/requests/" + p.request() + "/journey", null), 200).body();
        String dataset = ok(call("evaluator", "GET", "housing/programmes/" + p.programme() + "/dataset.csv", null), 200).body();
        String participants = ok(call("coordinator", "GET", "housing/programmes/" + p.programme() + "/participants", null), 200).body();
        String pack = xlsxText(ok(call("officer", "GET", "evidence?theme=ACCESS_TO_WORK&format=xlsx&external=false&quote=" + p.entry() + "&" + range, null), 200));
        for (String text : List.of(export, journey, dataset, participants, pack)) {
            assertThat(text).doesNotContain(p.ref());
            p.words().forEach(word -> assertThat(text).doesNotContain(word));
        }
        assertThat(databaseTextContaining(p.ref())).as("every text column of every table").isEmpty();
        for (String word : p.words()) {
            assertThat(databaseTextContaining(word)).as(word).isEmpty();
        }
        assertThat(auditCount("privacy.erasure", "person [erased]")).isPositive();

        // the reference, used again for someone new, inherits nothing
        entry(p.ref(), TODAY.minusDays(1), "New member, first conversation " + newWord());
        Map<String, Object> reused = ok(call("admin", "GET", "people/" + p.ref(), null), 200).json();
        assertThat((List<?>) reused.get("log")).hasSize(1);
        assertThat((List<?>) reused.get("mentoring")).isEmpty();
        assertThat((List<?>) reused.get("housing")).isEmpty();
        assertThat(((List<Map<String, Object>>) reused.get("log")).get(0).get("quotable")).as("the old objection went with the erasure").isEqualTo(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void retentionRulesAreEditedByTheAdministratorAndAppliedOverASimulatedSixYears() throws Exception {
        Map<String, Object> rules = ok(call("admin", "GET", "retention", null), 200).json();
        List<Map<String, Object>> list = (List<Map<String, Object>>) rules.get("rules");
        assertThat(list).extracting(r -> r.get("kind")).contains("LOG_PERSON_REF", "LOG_SUMMARY", "MENTORING_CLOSED",
                "VOLUNTEER_LEFT", "HOUSING_PARTICIPANT", "AUDIT");
        assertThat(list).allSatisfy(r -> assertThat(r).containsKeys("kind", "months", "description"));
        assertThat(list.stream().filter(r -> r.get("kind").equals("LOG_PERSON_REF")).findFirst().orElseThrow().get("months")).isEqualTo(24L);
        for (String user : List.of("officer", "coordinator", "staff")) {
            assertThat(call(user, "GET", "retention", null).status()).isEqualTo(403);
            assertThat(call(user, "POST", "retention/run", null).status()).isEqualTo(403);
        }
        assertThat(ok(call("admin", "PUT", "retention", "{\"rules\":[{\"kind\":\"LOG_SUMMARY\",\"months\":0}]}"), 400).fields())
                .containsExactly("rules[0].months");
        assertThat(ok(call("admin", "PUT", "retention", "{\"rules\":[{\"kind\":\"NO_SUCH\",\"months\":5}]}"), 400).fields())
                .containsExactly("rules[0].kind");
        assertThat(ok(call("admin", "PUT", "retention", "{\"rules\":[{\"kind\":\"AUDIT\",\"months\":\"lots\"}]}"), 400).fields())
                .containsExactly("rules[0].months");
        Map<String, Object> changed = ok(call("admin", "PUT", "retention", "{\"rules\":[{\"kind\":\"VOLUNTEER_LEFT\",\"months\":18}]}"), 200).json();
        assertThat(((List<Map<String, Object>>) changed.get("rules")).stream().filter(r -> r.get("kind").equals("VOLUNTEER_LEFT"))
                .findFirst().orElseThrow().get("months")).isEqualTo(18L);
        ok(call("admin", "PUT", "retention", "{\"rules\":[{\"kind\":\"VOLUNTEER_LEFT\",\"months\":12}]}"), 200);
        assertThat(auditCount("privacy.retention.change", "retention rules")).isGreaterThanOrEqualTo(2);

        // a timeline: the log takes any past date, so "now" is a simulated two and six years after these conversations
        String old = newRef();
        String recent = newRef();
        String ancient = newRef();
        String oldWord = newWord();
        String ancientWord = newWord();
        entry(old, TODAY.minusMonths(24).minusDays(2), "Taxi would not take the wheelchair " + oldWord);
        entry(recent, TODAY.minusMonths(24).plusDays(2), "Taxi would not take the guide dog " + newWord());
        entry(ancient, TODAY.minusMonths(72).minusDays(2), "Council letter not in braille " + ancientWord);
        String stillWords = newWord();
        entry(newRef(), TODAY.minusMonths(72).plusDays(2), "Council letter not in easy read " + stillWords);

        long started = System.nanoTime();
        Map<String, Object> run = ok(call("admin", "POST", "retention/run", null), 200).json();
        System.out.println("DataProtectionIT: one retention run took " + (System.nanoTime() - started) / 1_000_000 + " ms: " + run);
        List<Map<String, Object>> applied = (List<Map<String, Object>>) run.get("applied");
        assertThat(applied).extracting(a -> a.get("kind")).contains("LOG_PERSON_REF", "LOG_SUMMARY", "AUDIT");
        assertThat(((Number) applied.stream().filter(a -> a.get("kind").equals("LOG_PERSON_REF")).findFirst().orElseThrow()
                .get("records")).longValue()).isGreaterThanOrEqualTo(2);

        ok(call("admin", "GET", "people/" + old, null), 404);
        ok(call("admin", "GET", "people/" + ancient, null), 404);
        ok(call("admin", "GET", "people/" + recent, null), 200);
        assertThat(ok(call("officer", "GET", "entries?q=" + oldWord, null), 200).json().get("total")).as("words kept six years").isEqualTo(1L);
        assertThat(ok(call("officer", "GET", "entries?q=" + ancientWord, null), 200).json().get("total")).isEqualTo(0L);
        assertThat(ok(call("officer", "GET", "entries?q=" + stillWords, null), 200).json().get("total")).isEqualTo(1L);
        assertThat(databaseTextContaining(ancientWord)).isEmpty();
        assertThat(databaseTextContaining(old)).isEmpty();
        assertThat(auditCount("privacy.retention.run", "retention " + TODAY)).isPositive();

        Reply again = ok(call("admin", "POST", "retention/run", null), 200);
        assertThat(((List<Map<String, Object>>) again.json().get("applied")).stream()
                .filter(a -> a.get("kind").toString().startsWith("LOG_")).mapToLong(a -> ((Number) a.get("records")).longValue()).sum())
                .as("nothing left to remove the second time").isZero();

        try (Connection db = database()) {
            // Flyway's own table, quoted as Flyway made it (lower case on H2)
            String q = db.getMetaData().getIdentifierQuoteString();
            ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + q + "flyway_schema_history" + q + " WHERE "
                    + q + "version" + q + " = '2026.12.04.72' AND " + q + "type" + q + " = 'JDBC' AND " + q + "success" + q + " = TRUE");
            rs.next();
            assertThat(rs.getLong(1)).as("the Java migration that re-chains allocations ran").isEqualTo(1);
        }

        List<Object> records = ok(call("admin", "GET", "retention/records", null), 200).list();
        assertThat(records.toString()).contains("log", "mentoring", "housing", "audit", "Art. 9(2)", "LOG_PERSON_REF");
    }

    @Test
    void anErasureThatFailsInOneModuleLeavesEveryModuleAsItWas() throws Exception {
        String ref = FailingPersonalDataHolder.FAILS + seeded.random().nextInt(100_000, 999_999);
        String word = newWord();
        entry(ref, TODAY.minusDays(5), "Wheelchair space taken on the train " + word);
        long request = ((Number) ok(call("coordinator", "POST", "mentoring/requests", """
                {"ref":"%s","district":"CHELMSFORD","remoteOk":true,"goals":["SKILLS"],"languages":["en"],
                 "sharedExperience":null,"availability":["MON_AM"],"referredOn":"%s"}""".formatted(ref, TODAY.minusDays(5))), 201)
                .json().get("id")).longValue();
        String before = ok(call("admin", "GET", "people/" + ref, null), 200).body();
        long erasuresBefore = auditCount("privacy.erasure", "person [erased]");

        Reply failed = call("admin", "POST", "people/" + ref + "/erasure", "{\"reason\":\"Asked by letter\"}");
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");

        assertThat(ok(call("admin", "GET", "people/" + ref, null), 200).body()).as("the log and mentoring rolled back too").isEqualTo(before);
        assertThat(ok(call("officer", "GET", "entries?q=" + word, null), 200).json().get("total")).isEqualTo(1L);
        assertThat(ok(call("coordinator", "GET", "mentoring/requests/" + request + "/journey", null), 200).body()).contains(ref);
        assertThat(auditCount("privacy.erasure", "person [erased]")).as("no erasure recorded").isEqualTo(erasuresBefore);
        assertThat(databaseTextContaining(ref)).contains("log_entry.person_ref", "mentoring_request.ref");
    }

    @Test
    void theErasurePageWorksByKeyboardWithAConfirmationStepAndIsAccessible() throws Exception {
        String ref = newRef();
        String word = newWord();
        entry(ref, TODAY.minusDays(4), "Lift out of order at the job centre " + word);
        Browser browser = browsers.signedOut(base);
        browser.signInAs("admin");
        browser.open("admin/people.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).as("the empty page").isEmpty();

        WebElement reference = browser.driver.findElement(By.id("findForm:ref"));
        reference.sendKeys(ref.toLowerCase(Locale.ROOT), Keys.ENTER);
        browser.waitUntilGone(reference);
        assertThat(browser.text()).contains("Held about " + ref, "Lived experience log: 1 entries");
        assertThat(browser.driver.switchTo().activeElement().getText()).as("focus moves to what was found").contains("Held about " + ref);
        assertThat(browser.seriousAccessibilityViolations()).as("what is held").isEmpty();

        WebElement ask = browser.driver.findElement(By.id("erasureForm:askToErase"));
        ask.sendKeys(Keys.ENTER);
        browser.waitUntilGone(ask);
        assertThat(browser.text()).as("no reason, no erasure").contains("Reason: Say why");
        assertThat(browser.present("erasureForm:confirmErase")).isFalse();

        browser.driver.findElement(By.id("erasureForm:reason")).sendKeys("Asked in person on " + TODAY);
        ask = browser.driver.findElement(By.id("erasureForm:askToErase"));
        ask.sendKeys(Keys.ENTER);
        browser.waitUntilGone(ask);
        assertThat(browser.text()).contains("Erase " + ref + " for good?", "cannot be undone");
        WebElement confirm = browser.driver.switchTo().activeElement();
        assertThat(confirm.getAttribute("id")).as("keyboard focus on the decision").isEqualTo("erasureForm:confirmErase");
        assertThat(browser.seriousAccessibilityViolations()).as("the confirmation step").isEmpty();
        ok(call("admin", "GET", "people/" + ref, null), 200);

        confirm.sendKeys(Keys.ENTER);
        browser.waitUntilGone(confirm);
        assertThat(browser.text()).contains("Erased " + ref + ": 1 log entries");
        ok(call("admin", "GET", "people/" + ref, null), 404);
        assertThat(ok(call("officer", "GET", "entries?q=" + word, null), 200).json().get("total")).isEqualTo(0L);

        browser.open("admin/records.xhtml");
        assertThat(browser.text()).contains("Records of processing", "LOG_PERSON_REF", "Art. 9(2)(g)", "24");
        assertThat(browser.seriousAccessibilityViolations()).as("the records page").isEmpty();
    }

    private static Connection database() throws java.sql.SQLException {
        String url = System.getenv("ECDP_DB_URL");
        String user = System.getenv().getOrDefault("ECDP_DB_USER", "sa");
        String password = System.getenv().getOrDefault("ECDP_DB_PASSWORD", "");
        return DriverManager.getConnection(url.replace("jdbc:mariadb:", "jdbc:mysql:"), user, password == null ? "" : password);
    }

    /** Every table and text column of the portal's schema holding {@code text} (case-insensitive), as table.column. */
    private static List<String> databaseTextContaining(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = database()) {
            DatabaseMetaData meta = db.getMetaData();
            String schema = db.getSchema();
            String catalog = db.getCatalog();
            String quote = meta.getIdentifierQuoteString();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR || type == Types.NCLOB || type == Types.LONGNVARCHAR) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("the scan sees the portal's tables").isNotEmpty()
                    .anyMatch(c -> c[0].equalsIgnoreCase("log_entry") && c[1].equalsIgnoreCase("summary"));
            for (String[] column : columns) {
                try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM " + quote + column[0] + quote
                        + " WHERE UPPER(" + quote + column[1] + quote + ") LIKE ?")) {
                    q.setString(1, "%" + text.toUpperCase(Locale.ROOT) + "%");
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add((column[0] + "." + column[1]).toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long auditCount(String action, String target) throws Exception {
        try (Connection db = database();
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM audit_record WHERE action = ? AND target = ?")) {
            q.setString(1, action);
            q.setString(2, target);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The text of every part of an XLSX (its sheets and shared strings). */
    private static String xlsxText(Reply reply) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(reply.bytes()))) {
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(text).as("an XLSX").isNotEmpty();
        return text.toString();
    }
}
