package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;
import static org.ecdp.web.testing.JsonBody.jsonArray;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation matrix: organisation A (the host, ecdp, with its demo users) holds a person's
 * entry, mentoring request and match, a volunteer, a housing programme and participant, an alert
 * and a response; organisation B is opened through the API by the network admin, exactly as a new
 * member of the network is, and its one user holds every organisation role. Whatever B asks for
 * (lists, ids, search words, exports, series, subject access, erasure, pages) it gets nothing of
 * A's: another organisation's id is 404, never 403 (which would confirm it exists) and never 200.
 * The network admin reads no organisation's entries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String GOOD = "blue tractor meadow";
    private static final String CHANGED = "orange kettle harbour";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** What organisation A holds, and who B is; made once for the class through the API. */
    record World(String wordA, String refA, long entryA, long alertA, long responseA, long requestA, long volunteerA, String volunteerNameA,
                 long matchA, long runA, long programmeA, long participantA, String userWordA, String orgB, String userB, String wordB,
                 int entriesB) {
    }

    private static World world;

    @BeforeEach
    void world() throws Exception {
        if (world == null) {
            world = build();
        }
    }

    private World build() throws Exception {
        String wordA = word();
        String refA = "ISO-A-" + word().substring(2, 8).toUpperCase();
        long entryA = id(ok(call("staff", "demo", "POST", "api/entries", entry("ADVOCACY", "Ramp at the station removed " + wordA, refA)), 201));
        JsonObject alert = jsonArray(ok(call("officer", "demo", "GET", "api/alerts", null), 200).body()).stream().map(JsonValue::asJsonObject)
                .filter(a -> List.of("NEW", "REVIEWED").contains(a.getString("status"))).findFirst().orElseThrow();
        long alertA = alert.getJsonNumber("id").longValue();
        long responseA = id(ok(call("officer", "demo", "POST", "api/alerts/" + alertA + "/response",
                "{\"title\":\"Isolation response " + wordA + "\",\"targetOrganisation\":\"DWP\"}"), 201));
        String volunteerNameA = "Mentor " + wordA.substring(2, 7).replaceAll("[0-9]", "x");
        long volunteerA = id(ok(call("coordinator", "demo", "POST", "api/mentoring/volunteers", volunteer(volunteerNameA)), 201));
        long requestA = id(ok(call("coordinator", "demo", "POST", "api/mentoring/requests", request(refA)), 201));
        long runA = id(ok(call("coordinator", "demo", "POST", "api/mentoring/match-runs",
                "{\"requests\":[%d],\"volunteers\":[%d]}".formatted(requestA, volunteerA)), 201));
        long matchA = id(ok(call("coordinator", "demo", "POST", "api/mentoring/matches",
                "{\"request\":%d,\"volunteer\":%d}".formatted(requestA, volunteerA)), 201));
        long programmeA = id(ok(call("evaluator", "demo", "POST", "api/housing/programmes", """
                {"name":"Isolation %s","schemes":["HARLOW_COURT"],"instruments":["HOME_WELLBEING"],"strata":["scheme"],"blockSizes":[2,4],"ratio":[1,1]}"""
                .formatted(wordA)), 201));
        long participantA = id(ok(call("coordinator", "demo", "POST", "api/housing/programmes/" + programmeA + "/participants", """
                {"ref":"%s","scheme":"HARLOW_COURT","consent":true,"baseline":{"instrument":"HOME_WELLBEING","score":30}}""".formatted(refA)), 201));
        String userWordA = word();
        ok(call("admin", "demo", "POST", "api/users", """
                {"username":"a%s","name":"Alpha %s","password":"%s","roles":["COACH"],"services":[]}""".formatted(userWordA, userWordA, GOOD)), 201);
        ok(call("admin", "demo", "GET", "api/people/" + refA, null), 200); // audited in A with A's reference

        String orgB = "ISO_" + word().substring(2, 8).toUpperCase();
        String adminB = "b" + word();
        ok(call("network", "demo", "POST", "api/organisations", """
                {"code":"%s","name":"Isolation test organisation","sharesAggregates":false,
                 "admin":{"username":"%s","name":"Bea Admin","password":"%s"}}""".formatted(orgB, adminB, GOOD)), 201);
        ok(call(adminB, GOOD, "POST", "api/services", "{\"code\":\"ADVOCACY\",\"name\":\"Advocacy (B)\"}"), 201);
        String userB = "b" + word();
        ok(call(adminB, GOOD, "POST", "api/users", """
                {"username":"%s","name":"Bo Everything","password":"%s",
                 "roles":["STAFF","OFFICER","COORDINATOR","COACH","EVALUATOR","ADMIN"],"services":["ADVOCACY"]}""".formatted(userB, GOOD)), 201);
        ok(call(userB, GOOD, "POST", "api/account/password", "{\"current\":\"" + GOOD + "\",\"new\":\"" + CHANGED + "\"}"), 204);
        String wordB = word();
        int entriesB = 2;
        for (int i = 0; i < entriesB; i++) {
            ok(call(userB, CHANGED, "POST", "api/entries", entry("ADVOCACY", "Bus stop moved " + wordB, "ISO-B-" + i)), 201);
        }
        return new World(wordA, refA, entryA, alertA, responseA, requestA, volunteerA, volunteerNameA, matchA, runA, programmeA, participantA,
                userWordA, orgB, userB, wordB, entriesB);
    }

    // ---- lists, words, exports and series

    @Test
    void listsSearchesAndExportsOfBHoldNothingOfA() throws Exception {
        World w = world;
        List<String> leaks = new ArrayList<>();
        String range = "from=" + TODAY.minusDays(400) + "&to=" + TODAY;
        Map<String, List<String>> lists = Map.ofEntries(
                Map.entry("api/entries?size=500&" + range, List.of(w.wordA(), w.refA(), idOf(w.entryA()))),
                Map.entry("api/entries?q=" + w.wordA(), List.of(w.wordA(), idOf(w.entryA()))),
                Map.entry("api/entries/export?format=csv&" + range, List.of(w.wordA(), w.refA())),
                Map.entry("api/entries/export?format=csv&q=" + w.wordA(), List.of(w.wordA())),
                Map.entry("api/alerts", List.of(idOf(w.alertA()))),
                Map.entry("api/responses", List.of(w.wordA(), idOf(w.responseA()))),
                Map.entry("api/evidence/releases", List.of(w.wordA())),
                Map.entry("api/mentoring/requests?size=500", List.of(w.refA(), idOf(w.requestA()))),
                Map.entry("api/mentoring/volunteers?size=500", List.of(w.volunteerNameA(), idOf(w.volunteerA()))),
                Map.entry("api/mentoring/referrals", List.of(w.refA())),
                Map.entry("api/mentoring/dashboard", List.of(w.refA(), w.volunteerNameA())),
                Map.entry("api/housing/programmes", List.of(w.wordA(), idOf(w.programmeA()))),
                Map.entry("api/housing/caseload", List.of(w.refA())),
                Map.entry("api/housing/coaches", List.of(w.refA())),
                Map.entry("api/users", List.of(w.userWordA(), "\"officer\"", "\"network\"", "southend")),
                Map.entry("api/services", List.of("PAYROLL")));
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            HttpResponse<String> answer = call(w.userB(), CHANGED, "GET", list.getKey(), null);
            if (answer.statusCode() != 200) {
                leaks.add(list.getKey() + " -> " + answer.statusCode() + " (B should read its own list)");
            }
            for (String ofA : list.getValue()) {
                if (contains(answer.body(), ofA)) {
                    leaks.add(list.getKey() + " shows A's " + ofA);
                }
            }
        }
        assertThat(leaks).isEmpty();
        String own = call(w.userB(), CHANGED, "GET", "api/entries/export?format=csv&q=" + w.wordB(), null).body();
        assertThat(own).as("B's export has B's own entries").contains(w.wordB());
    }

    @Test
    void workbooksOfBHoldNothingOfA() throws Exception {
        World w = world;
        String range = "from=" + TODAY.minusDays(60) + "&to=" + TODAY;
        String export = text(bytes(w.userB(), CHANGED, "api/entries/export?format=xlsx&" + range));
        assertThat(export).contains(w.wordB()).doesNotContain(w.wordA()).doesNotContain(w.refA());
        String pack = text(bytes(w.userB(), CHANGED, "api/evidence?theme=ACCESS_TO_WORK&format=xlsx&" + range));
        assertThat(pack).doesNotContain(w.wordA()).doesNotContain(w.refA());
        assertThat(text(bytes("officer", "demo", "api/entries/export?format=xlsx&q=" + w.wordA()))).as("A reads its own")
                .contains(w.wordA());
    }

    @Test
    void theSeriesOfBCountsOnlyBsEntries() throws Exception {
        World w = world;
        String query = "theme=ACCESS_TO_WORK&from=" + TODAY.minusDays(400) + "&to=" + TODAY + "&interval=day";
        assertThat(total(call(w.userB(), CHANGED, "GET", "api/trends/series?" + query, null))).isEqualTo(w.entriesB());
        assertThat(total(call(w.userB(), CHANGED, "GET", "api/trends/series?service=ADVOCACY&" + query, null))).isEqualTo(w.entriesB());
        assertThat(total(call("officer", "demo", "GET", "api/trends/series?" + query, null))).as("A's many demo entries")
                .isGreaterThan(w.entriesB() + 1);
        HttpResponse<String> detection = call(w.userB(), CHANGED, "GET", "api/trends/detection?method=ears-c2&" + query, null);
        assertThat(detection.statusCode()).as(detection.body()).isEqualTo(200);
    }

    // ---- another organisation's ids

    @Test
    void everyCallOnAnObjectOfAIsNotFoundForBAndChangesNothing() throws Exception {
        World w = world;
        String entryBody = entry("ADVOCACY", "Overwritten by B", "ISO-B-X");
        String alertBefore = call("officer", "demo", "GET", "api/alerts/" + w.alertA(), null).body();
        String journeyBefore = call("coordinator", "demo", "GET", "api/mentoring/requests/" + w.requestA() + "/journey", null).body();
        List<String[]> calls = List.of(
                new String[] {"GET", "api/entries/" + w.entryA(), null},
                new String[] {"PUT", "api/entries/" + w.entryA(), entryBody},
                new String[] {"DELETE", "api/entries/" + w.entryA(), null},
                new String[] {"GET", "api/alerts/" + w.alertA(), null},
                new String[] {"POST", "api/alerts/" + w.alertA() + "/review", "{}"},
                new String[] {"POST", "api/alerts/" + w.alertA() + "/dismiss", "{\"reason\":\"Not ours\"}"},
                new String[] {"POST", "api/alerts/" + w.alertA() + "/response", "{\"title\":\"T\",\"targetOrganisation\":\"DWP\"}"},
                new String[] {"GET", "api/responses/" + w.responseA(), null},
                new String[] {"GET", "api/mentoring/requests/" + w.requestA() + "/journey", null},
                new String[] {"GET", "api/mentoring/match-runs/" + w.runA(), null},
                new String[] {"GET", "api/mentoring/match-runs/" + w.runA() + "/scores", null},
                new String[] {"POST", "api/mentoring/matches/" + w.matchA() + "/introduce", "{\"firstMeetingOn\":\"" + TODAY + "\"}"},
                new String[] {"POST", "api/mentoring/matches/" + w.matchA() + "/decline", "{\"reason\":\"No\"}"},
                new String[] {"POST", "api/mentoring/matches/" + w.matchA() + "/sessions",
                    "{\"heldOn\":\"" + TODAY + "\",\"minutes\":30,\"whatWasDone\":\"Talked\",\"place\":\"Library\"}"},
                new String[] {"GET", "api/mentoring/matches/" + w.matchA() + "/sessions", null},
                new String[] {"GET", "api/mentoring/matches/" + w.matchA() + "/progress", null},
                new String[] {"GET", "api/housing/programmes/" + w.programmeA(), null},
                new String[] {"GET", "api/housing/programmes/" + w.programmeA() + "/evaluation?instrument=HOME_WELLBEING&timepoint=M3", null},
                new String[] {"GET", "api/housing/programmes/" + w.programmeA() + "/allocation-chain", null},
                new String[] {"GET", "api/housing/programmes/" + w.programmeA() + "/dataset.csv", null},
                new String[] {"POST", "api/housing/programmes/" + w.programmeA() + "/participants",
                    "{\"ref\":\"ISO-B-P\",\"scheme\":\"HARLOW_COURT\",\"consent\":true,\"baseline\":{\"instrument\":\"HOME_WELLBEING\",\"score\":30}}"},
                new String[] {"POST", "api/housing/participants/" + w.participantA() + "/outcomes",
                    "{\"instrument\":\"HOME_WELLBEING\",\"timepoint\":\"M3\",\"score\":40,\"recordedOn\":\"" + TODAY + "\"}"},
                new String[] {"GET", "api/housing/participants/" + w.participantA() + "/binary-outcomes", null},
                new String[] {"POST", "api/housing/participants/" + w.participantA() + "/withdrawal", "{\"reason\":\"Moved\",\"on\":\"" + TODAY + "\"}"},
                new String[] {"GET", "api/people/" + w.refA(), null},
                new String[] {"POST", "api/users/officer/disable", ""});
        List<String> wrong = new ArrayList<>();
        for (String[] c : calls) {
            HttpResponse<String> answer = call(w.userB(), CHANGED, c[0], c[1], c[2]);
            if (answer.statusCode() != 404) {
                wrong.add(c[0] + " " + c[1] + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(json(call("officer", "demo", "GET", "api/entries/" + w.entryA(), null).body()).getString("summary")).contains(w.wordA());
        assertThat(call("officer", "demo", "GET", "api/alerts/" + w.alertA(), null).body()).isEqualTo(alertBefore);
        assertThat(call("coordinator", "demo", "GET", "api/mentoring/requests/" + w.requestA() + "/journey", null).body()).isEqualTo(journeyBefore);
        assertThat(call("officer", "demo", "GET", "api/services", null).statusCode()).as("A's officer still enabled").isEqualTo(200);
    }

    @Test
    void objectsOfANamedInABodyAreUnknownToB() throws Exception {
        World w = world;
        HttpResponse<String> match = call(w.userB(), CHANGED, "POST", "api/mentoring/matches",
                "{\"request\":%d,\"volunteer\":%d}".formatted(w.requestA(), w.volunteerA()));
        assertThat(match.statusCode()).as(match.body()).isIn(400, 404);
        HttpResponse<String> run = call(w.userB(), CHANGED, "POST", "api/mentoring/match-runs",
                "{\"requests\":[%d],\"volunteers\":[%d]}".formatted(w.requestA(), w.volunteerA()));
        assertThat(run.statusCode()).as(run.body()).isIn(400, 404);
        HttpResponse<String> payroll = call(w.userB(), CHANGED, "POST", "api/entries", entry("PAYROLL", "A's service " + w.wordB(), "ISO-B-Y"));
        assertThat(payroll.statusCode()).as("A's service code is unknown in B").isEqualTo(400);
    }

    @Test
    void erasingAsReferenceInBTouchesNothingOfA() throws Exception {
        World w = world;
        HttpResponse<String> erased = call(w.userB(), CHANGED, "POST", "api/people/" + w.refA() + "/erasure", "{\"reason\":\"Asked by the person\"}");
        assertThat(erased.statusCode()).as(erased.body()).isIn(200, 404);
        if (erased.statusCode() == 200) {
            assertThat(json(erased.body()).getInt("log") + json(erased.body()).getInt("mentoring") + json(erased.body()).getInt("housing")).isZero();
        }
        JsonObject held = json(ok(call("admin", "demo", "GET", "api/people/" + w.refA(), null), 200).body());
        assertThat(held.getJsonArray("log")).isNotEmpty();
        assertThat(held.getJsonArray("mentoring")).isNotEmpty();
        assertThat(held.getJsonArray("housing")).isNotEmpty();
        assertThat(call("officer", "demo", "GET", "api/entries?q=" + w.wordA(), null).body()).contains(w.wordA());
    }

    // ---- workbook imports and alert scans

    @Test
    void aWorkbookImportedByBLandsInBOnlyAndACheckOfAIsUnknownToB() throws Exception {
        World w = world;
        String word = word();
        LocalDate day = TODAY.minusDays(3);
        JsonObject imported = json(ok(IsolationSteps.upload(base, IsolationSteps.workbook("ADVOCACY", day, "TRANSPORT", word, 3), false,
                w.userB(), CHANGED), 200).body());
        assertThat(imported.getInt("imported")).isEqualTo(3);
        assertThat(found(w.userB(), CHANGED, word)).as("B finds its import").isEqualTo(3);
        assertThat(found("officer", "demo", word)).as("A finds none of it").isZero();
        assertThat(call("officer", "demo", "GET", "api/entries/export?format=csv&q=" + word, null).body()).doesNotContain(word);

        // A checks the very same workbook: nothing of B's is "already in the log" for A
        JsonObject checkedA = json(ok(IsolationSteps.upload(base, IsolationSteps.workbook("ADVOCACY", day, "TRANSPORT", word, 3), true,
                "officer", "demo"), 200).body());
        assertThat(checkedA.getInt("imported")).isEqualTo(3);
        assertThat(checkedA.getInt("alreadyInLog")).isZero();
        String tokenA = checkedA.getString("checked");
        HttpResponse<String> byB = IsolationSteps.importChecked(base, tokenA, w.userB(), CHANGED);
        HttpResponse<String> neverIssued = IsolationSteps.importChecked(base, UUID.randomUUID().toString(), w.userB(), CHANGED);
        assertThat(byB.statusCode()).as(byB.body()).isEqualTo(400);
        assertThat(byB.body()).as("A's check reads to B as one never issued").isEqualTo(neverIssued.body()).contains("\"file\"");
        assertThat(found(w.userB(), CHANGED, word)).as("B's try imported nothing").isEqualTo(3);
        assertThat(found("officer", "demo", word)).isZero();
        assertThat(json(ok(IsolationSteps.importChecked(base, tokenA, "officer", "demo"), 200).body()).getInt("imported"))
                .as("A's check is still A's to import").isEqualTo(3);
        assertThat(found("officer", "demo", word)).isEqualTo(3);
        assertThat(found(w.userB(), CHANGED, word)).isEqualTo(3);

        // and the other way: B's check is B's
        String wordB = word();
        String tokenB = json(ok(IsolationSteps.upload(base, IsolationSteps.workbook("ADVOCACY", day, "TRANSPORT", wordB, 2), true,
                w.userB(), CHANGED), 200).body()).getString("checked");
        assertThat(IsolationSteps.importChecked(base, tokenB, "officer", "demo").statusCode()).isEqualTo(400);
        assertThat(json(ok(IsolationSteps.importChecked(base, tokenB, w.userB(), CHANGED), 200).body()).getInt("imported")).isEqualTo(2);
        assertThat(found(w.userB(), CHANGED, wordB)).isEqualTo(2);
        assertThat(found("officer", "demo", wordB)).isZero();
    }

    /**
     * A and B each have a theme of the same code with a busy working day (A 6 entries, B 4), both
     * imported, so no scan has run after them. B's "scan now" judges B's themes and entries only: its
     * alert counts B's 4, and A, which has not scanned, has no alert on the theme. B's alert is
     * unknown to A by list, id, review, dismissal, response and page.
     */
    @Test
    void aScanByBJudgesOnlyBsEntriesAndRaisesAnAlertThatAKnowsNothingOf() throws Exception {
        World w = world;
        String theme = "ISO_SCAN_" + word().substring(2, 8).toUpperCase();
        String nameB = "Lift outages " + word();
        ok(call(w.userB(), CHANGED, "POST", "api/themes", "{\"code\":\"" + theme + "\",\"name\":\"" + nameB + "\"}"), 201);
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + theme + "\",\"name\":\"A's lift outages\"}"), 201);
        LocalDate day = TODAY.minusDays(3);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(1);
        }
        ok(IsolationSteps.upload(base, IsolationSteps.workbook("ADVOCACY", day, theme, word(), 4), false, w.userB(), CHANGED), 200);
        ok(IsolationSteps.upload(base, IsolationSteps.workbook("ADVOCACY", day, theme, word(), 6), false, "officer", "demo"), 200);
        int themesOfB = jsonArray(ok(call(w.userB(), CHANGED, "GET", "api/themes", null), 200).body()).size();

        JsonObject scan = json(ok(call(w.userB(), CHANGED, "POST", "api/alerts/scans", "{}"), 200).body());

        assertThat(scan.getInt("themes")).as("B's themes, not A's").isEqualTo(themesOfB);
        assertThat(scan.getInt("raised")).isPositive();
        String dayText = day.toString();
        List<JsonObject> raised = jsonArray(ok(call(w.userB(), CHANGED, "GET", "api/alerts", null), 200).body()).stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("theme").equals(theme) && a.getString("period").equals(dayText)).toList();
        assertThat(raised).as("B's busy day raised one alert in B").hasSize(1);
        JsonObject alertB = raised.get(0);
        assertThat(alertB.getJsonNumber("observed").longValue()).as("B's 4 entries, not A's 6 with them").isEqualTo(4);
        assertThat(call("officer", "demo", "GET", "api/alerts", null).body()).as("A has not scanned: no alert on the theme in A")
                .doesNotContain("\"" + theme + "\"");
        long idB = alertB.getJsonNumber("id").longValue();
        List<String> wrong = new ArrayList<>();
        for (String[] c : List.of(new String[] {"GET", "api/alerts/" + idB, null}, new String[] {"POST", "api/alerts/" + idB + "/review", "{}"},
                new String[] {"POST", "api/alerts/" + idB + "/dismiss", "{\"reason\":\"Not ours\"}"},
                new String[] {"POST", "api/alerts/" + idB + "/response", "{\"title\":\"T\",\"targetOrganisation\":\"DWP\"}"})) {
            HttpResponse<String> answer = call("officer", "demo", c[0], c[1], c[2]);
            if (answer.statusCode() != 404) {
                wrong.add(c[0] + " " + c[1] + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(json(ok(call(w.userB(), CHANGED, "GET", "api/alerts/" + idB, null), 200).body()).getString("status"))
                .as("A's tries changed nothing").isEqualTo("NEW");
        PageClient page = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(page.signIn("officer", "demo").statusCode()).isEqualTo(302);
        assertThat(page.get("trends/alerts.xhtml").body()).doesNotContain(nameB);
    }

    // ---- a partner that only captures

    /**
     * A council call centre joins as the network admin opens it through the API, its admin makes
     * one service and one member of staff, and that staff member logs: they see their own service's
     * tab and entries and nothing else, read no trends, and, the call centre sharing aggregates,
     * its entries count in the network's pooled series.
     */
    @Test
    void aCallCentreThatOnlyCapturesLogsInItsOwnTabAndCountsInThePool() throws Exception {
        String s = word().substring(2, 8).toUpperCase();
        String theme = "ISO_CALLS_" + s;
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + theme + "\",\"name\":\"Care calls " + s + "\"}"), 201);
        String admin = "cc-admin-" + s.toLowerCase();
        ok(call("network", "demo", "POST", "api/organisations", """
                {"code":"CALLS_%s","name":"Social Care Direct %s","sharesAggregates":true,
                 "admin":{"username":"%s","name":"Cal Admin","password":"%s"}}""".formatted(s, s, admin, GOOD)), 201);
        ok(call(admin, GOOD, "POST", "api/services", "{\"code\":\"CALLS\",\"name\":\"Social Care Direct calls\"}"), 201);
        String staff = "cc-staff-" + s.toLowerCase();
        ok(call(admin, GOOD, "POST", "api/users", """
                {"username":"%s","name":"Cas Staff","password":"%s","roles":["STAFF"],"services":["CALLS"]}""".formatted(staff, GOOD)), 201);
        ok(call(staff, GOOD, "POST", "api/account/password", "{\"current\":\"" + GOOD + "\",\"new\":\"" + CHANGED + "\"}"), 204);
        LocalDate week = TODAY.minusWeeks(6).minusDays(TODAY.getDayOfWeek().getValue() - 1L);
        String pool = "api/network/series?theme=" + theme + "&from=" + week + "&to=" + week.plusDays(6) + "&interval=week";
        assertThat(pooled(pool)).as("nothing pooled yet").isEqualTo("0/0");

        String word = word();
        for (int i = 0; i < 10; i++) {
            ok(call(staff, CHANGED, "POST", "api/entries", """
                    {"service":"CALLS","occurredOn":"%s","themes":["%s"],"summary":"Carer did not arrive %s %d","peopleCount":1,
                     "channel":"PHONE"}""".formatted(week.plusDays(1), theme, word, i)), 201);
        }

        assertThat(json(ok(call(staff, CHANGED, "GET", "api/entries?size=50", null), 200).body()).getInt("total")).isEqualTo(10);
        assertThat(jsonArray(ok(call(staff, CHANGED, "GET", "api/services", null), 200).body()).stream()
                .map(v -> v.asJsonObject().getString("code")).toList()).containsExactly("CALLS");
        assertThat(call(staff, CHANGED, "GET", "api/trends/series?theme=" + theme + "&from=" + week + "&to=" + week.plusDays(6)
                + "&interval=week", null).statusCode()).as("staff capture; they read no trends").isEqualTo(403);
        PageClient page = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(page.signIn(staff, CHANGED).statusCode()).isEqualTo(302);
        String log = ok(page.get("log/entries.xhtml"), 200).body();
        List<String> tabs = Pattern.compile("id=\"(tab-[^\"]+)\"").matcher(log).results().map(r -> r.group(1)).toList();
        assertThat(tabs).as("their own service's tab only").containsExactly("tab-all", "tab-CALLS");
        assertThat(log).contains("Carer did not arrive " + word).doesNotContain(world.wordA()).doesNotContain(world.wordB());
        assertThat(found("officer", "demo", word)).as("the host reads none of it").isZero();

        assertThat(pooled(pool)).as("the call centre's 10, from one organisation").isEqualTo("10/1");
    }

    // ---- the network's themes follow the host's

    /**
     * The host's theme list is the network's: a theme the host renames or moves on its theme page is
     * renamed or moved in the network's themes too. B's theme of the same code, renamed by B, changes
     * nothing of the network's and keeps counting under the network theme. A merge, which moves the
     * merged theme's sub-themes, moves them in the network too.
     */
    @Test
    void aThemeTheHostRenamesOrMovesIsRenamedOrMovedInTheNetwork() throws Exception {
        World w = world;
        String s = word().substring(2, 8).toUpperCase();
        String code = "ISO_NT_" + s;
        String parent = "ISO_NP_" + s;
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + parent + "\",\"name\":\"Getting about " + s + "\"}"), 201);
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + code + "\",\"name\":\"Blue badges " + s + "\"}"), 201);
        ok(call(w.userB(), CHANGED, "POST", "api/themes", "{\"code\":\"" + code + "\",\"name\":\"Parking " + s
                + "\",\"networkTheme\":\"" + code + "\"}"), 201);
        PageClient host = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(host.signIn("officer", "demo").statusCode()).isEqualTo(302);

        IsolationSteps.changeTheme(host, "Blue badges " + s, "Blue Badge parking " + s, parent);

        assertThat(networkTheme(code)).isEqualTo("Blue Badge parking " + s + " under " + parent);
        JsonObject hostTheme = theme("officer", "demo", code);
        assertThat(hostTheme.getString("name")).isEqualTo("Blue Badge parking " + s);

        PageClient b = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(b.signIn(w.userB(), CHANGED).statusCode()).isEqualTo(302);
        IsolationSteps.changeTheme(b, "Parking " + s, "Parking at the hospital " + s, null);
        assertThat(networkTheme(code)).as("B's rename is B's own").isEqualTo("Blue Badge parking " + s + " under " + parent);
        JsonObject bTheme = theme(w.userB(), CHANGED, code);
        assertThat(bTheme.getString("name")).isEqualTo("Parking at the hospital " + s);
        assertThat(bTheme.getString("networkTheme")).as("B's theme still counts under the network's").isEqualTo(code);

        IsolationSteps.changeTheme(host, "Blue Badge parking " + s, "Blue Badge parking " + s, null);
        assertThat(networkTheme(code)).as("moved back to the top level").isEqualTo("Blue Badge parking " + s + " under (top)");

        // a merge moves the merged theme's sub-themes to the survivor: in the network too
        String survivor = "ISO_NS_" + s;
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + survivor + "\",\"name\":\"Travel " + s + "\"}"), 201);
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + code + "_C\",\"name\":\"Taxis " + s + "\",\"parent\":\""
                + parent + "\"}"), 201);
        assertThat(networkTheme(code + "_C")).isEqualTo("Taxis " + s + " under " + parent);
        IsolationSteps.mergeTheme(host, "Getting about " + s, survivor);
        assertThat(networkTheme(code + "_C")).as("moved with the merge").isEqualTo("Taxis " + s + " under " + survivor);
    }

    // ---- codes per organisation, roles of the network

    @Test
    void theSameCodeInTwoOrganisationsDoesNotCollide() throws Exception {
        World w = world;
        String code = "ISO_" + word().substring(2, 8).toUpperCase();
        ok(call("officer", "demo", "POST", "api/themes", "{\"code\":\"" + code + "\",\"name\":\"A's theme\"}"), 201);
        ok(call(w.userB(), CHANGED, "POST", "api/themes", "{\"code\":\"" + code + "\",\"name\":\"B's theme\"}"), 201);
        ok(call("admin", "demo", "POST", "api/services", "{\"code\":\"" + code + "\",\"name\":\"A's service\"}"), 201);
        ok(call(w.userB(), CHANGED, "POST", "api/services", "{\"code\":\"" + code + "\",\"name\":\"B's service\"}"), 201);
        assertThat(call("officer", "demo", "GET", "api/themes", null).body()).contains("A's theme").doesNotContain("B's theme");
        assertThat(call(w.userB(), CHANGED, "GET", "api/services", null).body()).contains("B's service").doesNotContain("A's service");
        assertThat(call("southend-officer", "demo", "GET", "api/themes", null).body()).doesNotContain(code);
    }

    @Test
    void anOrganisationsAdministratorCannotMakeANetworkAdmin() throws Exception {
        World w = world;
        String name = "b" + word();
        HttpResponse<String> refused = call(w.userB(), CHANGED, "POST", "api/users", """
                {"username":"%s","name":"Would-be network","password":"%s","roles":["NETWORK_ADMIN"],"services":[]}""".formatted(name, GOOD));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(call(name, GOOD, "GET", "api/organisations", null).statusCode()).isEqualTo(401);
        assertThat(call(w.userB(), CHANGED, "GET", "api/organisations", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theNetworkAdminReadsNoOrganisationsEntriesOrPeople() throws Exception {
        World w = world;
        for (String path : List.of("api/entries", "api/entries?q=" + w.wordA(), "api/entries/" + w.entryA(), "api/entries/export?format=csv",
                "api/alerts", "api/mentoring/requests", "api/housing/programmes", "api/people/" + w.refA(), "api/users",
                "api/trends/series?theme=ACCESS_TO_WORK&from=2026-01-05&to=2026-01-30&interval=day")) {
            HttpResponse<String> answer = call("network", "demo", "GET", path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).doesNotContain(w.wordA());
        }
        PageClient page = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(page.signIn("network", "demo").statusCode()).isEqualTo(302);
        for (String path : List.of("log/entries.xhtml?q=" + w.wordA(), "trends/dashboard.xhtml", "admin/people.xhtml", "admin/audit.xhtml")) {
            HttpResponse<String> answer = page.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).doesNotContain(w.wordA());
        }
        HttpResponse<String> home = page.get("index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("home-network").contains("network/organisations.xhtml");
    }

    // ---- pages

    @Test
    void bsPagesShowNothingOfA() throws Exception {
        World w = world;
        PageClient page = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(page.signIn(w.userB(), CHANGED).statusCode()).isEqualTo(302);
        Map<String, List<String>> pages = Map.of(
                "log/entries.xhtml?q=" + w.wordA(), List.of("removed " + w.wordA()),
                "log/entries.xhtml", List.of(w.wordA(), w.refA()),
                "trends/alerts.xhtml", List.of(w.wordA()),
                "evidence/responses.xhtml", List.of(w.wordA()),
                "mentoring/waiting.xhtml", List.of(w.refA()),
                "mentoring/volunteers.xhtml", List.of(w.volunteerNameA()),
                "mentoring/journey.xhtml?request=" + w.requestA(), List.of(w.refA()),
                "admin/users.xhtml", List.of(w.userWordA(), "Southend"),
                "admin/audit.xhtml", List.of(w.refA(), w.userWordA()),
                "housing/evaluation.xhtml", List.of(w.wordA()));
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : pages.entrySet()) {
            HttpResponse<String> answer = page.get(p.getKey());
            if (answer.statusCode() >= 500 || answer.statusCode() == 403) {
                leaks.add(p.getKey() + " -> " + answer.statusCode());
            }
            p.getValue().stream().filter(ofA -> answer.body().contains(ofA)).forEach(ofA -> leaks.add(p.getKey() + " shows " + ofA));
        }
        assertThat(leaks).isEmpty();
        assertThat(page.get("log/entries.xhtml?q=" + w.wordB()).body()).as("B finds its own").contains(w.wordB());
    }

    // ---- helpers

    /** How many entries {@code user} finds by a search word. */
    private int found(String user, String password, String word) throws IOException, InterruptedException {
        return json(ok(call(user, password, "GET", "api/entries?size=1&q=" + word, null), 200).body()).getInt("total");
    }

    /** The one period of a pooled series as the network admin reads it: "entries/organisations". */
    private String pooled(String path) throws IOException, InterruptedException {
        JsonArray periods = jsonArray(ok(call("network", "demo", "GET", path, null), 200).body());
        assertThat(periods).hasSize(1);
        JsonObject period = periods.getJsonObject(0);
        return period.get("entries") + "/" + period.getInt("organisations");
    }

    /** A network theme as {@code GET /api/network/themes} reads: "name under parent", or "name under (top)". */
    private String networkTheme(String code) throws IOException, InterruptedException {
        JsonObject theme = jsonArray(ok(call(world.userB(), CHANGED, "GET", "api/network/themes", null), 200).body()).stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
        return theme.getString("name") + " under " + theme.getString("parent", "(top)");
    }

    /** A theme of the caller's organisation as {@code GET /api/themes} reads it. */
    private JsonObject theme(String user, String password, String code) throws IOException, InterruptedException {
        return jsonArray(ok(call(user, password, "GET", "api/themes", null), 200).body()).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private HttpResponse<String> call(String user, String password, String method, String path, String body) throws IOException, InterruptedException {
        return Http.portal(base).as(user, password).send(method, path, body);
    }

    private byte[] bytes(String user, String password, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = Http.portal(base).as(user, password).getBytes(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static HttpResponse<String> ok(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        return answer;
    }

    private static long id(HttpResponse<String> created) {
        return json(created.body()).getJsonNumber("id").longValue();
    }

    /** {@code "id":17} as a JSON list shows it. */
    private static String idOf(long id) {
        return "\"id\":" + id;
    }

    private static boolean contains(String body, String ofA) {
        return ofA.startsWith("\"id\":") ? Pattern.compile(Pattern.quote(ofA) + "[,}]").matcher(body).find() : body.contains(ofA);
    }

    private static int total(HttpResponse<String> series) {
        assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
        return jsonArray(series.body()).stream().map(JsonValue::asJsonObject).mapToInt(p -> p.getInt("entries")).sum();
    }

    /** Every text part of a workbook (shared and inline strings), to search for a word. */
    private static String text(byte[] workbook) throws IOException {
        StringBuilder all = new StringBuilder();
        Path file = Files.createTempFile("isolation", ".xlsx");
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry part : Collections.list(zip.entries())) {
                    if (part.getName().endsWith(".xml")) {
                        try (var in = zip.getInputStream(part)) {
                            all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return all.toString();
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String entry(String service, String summary, String ref) {
        return """
                {"service":"%s","occurredOn":"%s","themes":["ACCESS_TO_WORK"],"summary":"%s",
                 "peopleCount":1,"channel":"PHONE","locality":"CHELMSFORD","personRef":"%s"}""".formatted(service, TODAY.minusDays(2), summary, ref);
    }

    private static String volunteer(String name) {
        return """
                {"name":"%s","district":"CHELMSFORD","remote":true,"travelKm":20,"capacity":2,"skills":["SKILLS","CONFIDENCE"],
                 "languages":["en"],"livedExperience":["PHYSICAL"],"availability":["MON_AM","TUE_PM"],
                 "dbs":{"level":"ENHANCED","issuedOn":"%s","updateService":false},"trainingCompletedOn":"%s"}"""
                .formatted(name, TODAY.minusYears(1), TODAY.minusMonths(3));
    }

    private static String request(String ref) {
        return """
                {"ref":"%s","district":"CHELMSFORD","remoteOk":true,"goals":["SKILLS"],"languages":["en"],
                 "sharedExperience":null,"availability":["MON_AM","TUE_PM"],"referredOn":"%s"}""".formatted(ref, TODAY.minusDays(20));
    }
}
