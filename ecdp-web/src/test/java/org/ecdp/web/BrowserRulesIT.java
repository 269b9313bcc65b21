package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;
import static org.ecdp.web.testing.JsonBody.jsonArray;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile web page could make a signed-in person's browser do, tried as that page would:
 * cross-site and form-encoded writes to the API, the browser's Basic prompt, path variants that
 * carry the page session into the API, scripts injected into a page, someone else's ids.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserRulesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static final String ENTRY = """
            {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Bus ramp broken again %s"}""";

    @Test
    void aWriteFromAnotherSiteIsRefusedAndNothingIsStored() throws Exception {
        String word = word();
        HttpResponse<String> foreignOrigin = send("POST", "api/entries", "staff", "application/json", entry(word),
                Map.of("Origin", "https://evil.example"));
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> crossSite = send("POST", "api/entries", "staff", "application/json", entry(word),
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> nullOrigin = send("POST", "api/entries", "staff", "application/json", entry(word),
                Map.of("Origin", "null"));
        assertThat(nullOrigin.statusCode()).as("a sandboxed page's opaque origin").isEqualTo(403);
        assertThat(found(word)).isZero();

        HttpResponse<String> ownOrigin = send("POST", "api/entries", "staff", "application/json", entry(word),
                Map.of("Origin", base.getProtocol() + "://" + base.getAuthority(), "Sec-Fetch-Site", "same-origin"));
        assertThat(ownOrigin.statusCode()).as("the portal's own pages may still write").isEqualTo(201);
        assertThat(found(word)).isEqualTo(1);
    }

    @Test
    void bodiesABrowserSendsWithoutAskingAreRefusedWith415() throws Exception {
        String word = word();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> refused = send("POST", "api/entries", "staff", type, entry(word), Map.of());
            assertThat(refused.statusCode()).as(type).isEqualTo(415);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        HttpResponse<String> noType = send("POST", "api/entries", "staff", null, entry(word), Map.of());
        assertThat(noType.statusCode()).as("a body without a type").isEqualTo(415);
        assertThat(found(word)).isZero();

        assertThat(send("POST", "api/themes", "officer", "text/plain", "{\"code\":\"" + word.toUpperCase() + "\",\"name\":\"x\"}", Map.of())
                .statusCode()).isEqualTo(415);
        assertThat(send("POST", "api/mentoring/reminders", "coordinator", "text/plain", "{}", Map.of()).statusCode()).isEqualTo(415);
        assertThat(send("POST", "api/entries/import", "officer", "text/plain", "not a workbook", Map.of()).statusCode()).isEqualTo(415);
        assertThat(send("POST", "api/entries/import", "officer", "application/x-www-form-urlencoded", "file=x", Map.of()).statusCode())
                .isEqualTo(415);
    }

    @Test
    void noBrowserIsEverAskedForBasicCredentials() throws Exception {
        for (String user : new String[] {null, "nobody-" + word()}) {
            HttpResponse<String> refused = send("GET", "api/entries", user, null, null, Map.of());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.headers().allValues("WWW-Authenticate")).isNotEmpty()
                    .allSatisfy(challenge -> assertThat(challenge.trim().toLowerCase()).doesNotStartWith("basic"));
        }
    }

    @Test
    void pathVariantsNeverCarryThePageSessionIntoTheApi() throws Exception {
        HttpClient browser = signedIn("staff");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "log/entries.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the session works for pages").isEqualTo(200);
        assertThat(page.body()).contains("Lived experience log");
        for (String trick : List.of("api;x/entries", "api;jsessionid=1/entries", "%61pi/entries", "api/./entries",
                "/api/entries", "x/../api/entries", "API/entries", "api/entries;x")) {
            URI uri = URI.create(base + trick);
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(uri.toString()).isNotEqualTo(200);
            assertThat(answer.body()).as(uri.toString()).doesNotContain("\"items\"");
        }
        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(base + "api;x/entries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(entry(word()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isNotIn(200, 201);
    }

    @Test
    void pagesAllowNoInlineOrEvaluatedScript() throws Exception {
        HttpClient browser = signedIn("officer");
        for (String path : List.of("login.xhtml", "log/entries.xhtml", "trends/alerts.xhtml", "api/services", "no-such-page.xhtml")) {
            HttpResponse<String> answer = path.startsWith("api/") ? send("GET", path, "officer", null, null, Map.of())
                    : browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(path + ": one policy, not two that both apply").hasSize(1);
            String scripts = directive(policies.get(0), "script-src");
            assertThat(scripts).as(path).contains("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain http").isEmpty();
            if (!path.startsWith("api/") && !path.startsWith("login") && !path.startsWith("no-such")) {
                Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
                assertThat(nonce.find()).as(path + " has a nonce for its own scripts").isTrue();
                assertThat(answer.body()).as(path).doesNotContainPattern("\\son(click|change|submit|load)=\"");
            }
        }
    }

    /**
     * The role x URL matrix, extended to objects: every log and mentoring endpoint that takes an
     * id, called by each role that must not act on that object, is refused (403 or 404) and the
     * object is as it was.
     */
    @Test
    void someoneElsesIdIsRefusedAndNothingChanges() throws Exception {
        long payrollEntry = firstId(json(send("GET", "api/entries?service=PAYROLL&size=1", "officer", null, null, Map.of()).body()));
        long alert = jsonArray(send("GET", "api/alerts", "officer", null, null, Map.of()).body())
                .getJsonObject(0).getJsonNumber("id").longValue();
        long match = json(send("GET", "api/mentoring/requests/21/journey", "coordinator", null, null, Map.of()).body())
                .getJsonArray("matches").getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> ids = Map.of("{entry}", String.valueOf(payrollEntry), "{alert}", String.valueOf(alert),
                "{request}", "21", "{match}", String.valueOf(match));
        for (AccessMatrix.ObjectCall call : AccessMatrix.OBJECT_CALLS) {
            String path = call.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace(id.getKey(), id.getValue());
            }
            String watched = call.watch();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                watched = watched == null ? null : watched.replace(id.getKey(), id.getValue());
            }
            String before = watched == null ? null : send("GET", watched, call.owner(), null, null, Map.of()).body();
            for (Role role : Role.values()) {
                if (call.allowed().contains(role)) {
                    continue;
                }
                HttpResponse<String> refused = send(call.method(), path, AccessMatrix.demoUser(role),
                        call.body() == null ? null : "application/json", call.body(), Map.of());
                assertThat(refused.statusCode()).as(role + " " + call.method() + " " + path).isIn(403, 404);
            }
            if (watched != null) {
                assertThat(send("GET", watched, call.owner(), null, null, Map.of()).body()).as("unchanged: " + watched).isEqualTo(before);
            }
        }
    }

    /** F23: Payara's /metrics is off unless an operator turns it on; /health says up or down and nothing more. */
    @Test
    void metricsAreNotServedAndHealthSaysNothingAboutWhatIsBehindIt() throws Exception {
        String root = base.getProtocol() + "://" + base.getAuthority() + "/";
        HttpResponse<String> metrics = Http.portal(root).get("metrics");
        assertThat(metrics.statusCode()).isNotEqualTo(200);
        assertThat(metrics.body()).doesNotContain("jvm_").doesNotContain("ecdp_");
        HttpResponse<String> ready = Http.portal(root).get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"").doesNotContainIgnoringCase("h2").doesNotContainIgnoringCase("mysql")
                .doesNotContainIgnoringCase("mariadb").doesNotContain("product");
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    /** A client that signed in through the sign-in page as a browser does, keeping the session cookie. */
    private HttpClient signedIn(String user) throws Exception {
        PageClient browser = new PageClient(base, HttpClient.Redirect.NORMAL);
        String form = browser.get("login.xhtml").body();
        assertThat(PageClient.viewState(form)).as("the sign-in form has its view state").isPresent();
        // what PrimeFaces' script adds to the form in CSP mode
        assertThat(PageClient.nonce(form)).as("the sign-in page starts PrimeFaces' CSP mode").isPresent();
        HttpResponse<String> signedIn = browser.signIn(user, "demo");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).as("signed in").doesNotContain("id=\"loginError\"");
        return browser.client();
    }

    private HttpResponse<String> send(String method, String path, String user, String type, String body, Map<String, String> headers)
            throws Exception {
        Http caller = user == null ? Http.portal(base) : Http.portal(base).as(user);
        HttpRequest.Builder request = caller.request(method, path, type, body);
        headers.forEach(request::header);
        return caller.send(request);
    }

    private long found(String word) throws Exception {
        return json(send("GET", "api/entries?q=" + word, "officer", null, null, Map.of()).body()).getJsonNumber("total").longValue();
    }

    private static long firstId(JsonObject page) {
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String entry(String word) {
        return ENTRY.formatted(LocalDate.now().minusDays(1), word);
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    }

}
