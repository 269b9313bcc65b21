package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and accounts as an attacker and as a user meet them, in the container: the throttle
 * per account and address, timing of unknown accounts, page sessions that end at the next
 * request when the account changes, the accounts API of the contract and the audit of sign-ins.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String GOOD = "blue tractor meadow";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(SecurityIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Users users;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    // ---- sign-in that cannot be turned against users

    @Test
    void anUnknownAccountTakesAsLongToRefuseAsAKnownOne() throws Exception {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            known.add(user(EnumSet.of(Role.COACH)));
        }
        api("GET", "api/services", "staff", "demo", null); // warm
        List<Double> knownMs = new ArrayList<>();
        List<Double> unknownMs = new ArrayList<>();
        for (String name : known) {
            knownMs.add(timedFailure(name));
            unknownMs.add(timedFailure("nobody" + UUID.randomUUID().toString().substring(0, 8)));
        }
        double knownMedian = median(knownMs);
        double unknownMedian = median(unknownMs);
        assertThat(unknownMedian).as("unknown %.1f ms vs known %.1f ms", unknownMedian, knownMedian)
                .isGreaterThan(knownMedian * 0.5);
    }

    @Test
    void aFloodFromOneAddressNeverLocksTheRealUserOutFromAnother() throws Exception {
        String name = user(EnumSet.of(Role.COACH));
        URI attacker = base.toURI();
        URI office = otherAddress(attacker);
        for (int i = 0; i < 8; i++) {
            assertThat(api(attacker, "GET", "api/services", name, "guess-" + i, null).statusCode()).isEqualTo(401);
        }
        assertThat(api(attacker, "GET", "api/services", name, GOOD, null).statusCode())
                .as("paused from the attacker's address, even with the right password").isEqualTo(401);
        assertThat(api(office, "GET", "api/services", name, GOOD, null).statusCode())
                .as("the real user from elsewhere (" + office.getHost() + ")").isEqualTo(200);
        assertThat(audited(name, "signin.failed")).as("failures audited; refused attempts are not checked").isEqualTo(5);
        assertThat(audited(name, "signin.paused")).isEqualTo(1);
    }

    @Test
    void aParallelBurstGetsNoMorePasswordChecksThanTheFreeAttempts() throws Exception {
        String name = user(EnumSet.of(Role.COACH));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                answers.add(pool.submit(() -> api("GET", "api/services", name, "burst-" + n, null).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(audited(name, "signin.failed")).as("password checks made").isEqualTo(5);
    }

    @Test
    void pageSignInsAreAudited() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertThat(page.signIn(name, "wrong password!")).isFalse();
        assertThat(page.signIn(name, GOOD)).isTrue();
        assertThat(audited(name, "signin")).isEqualTo(1);
        assertThat(audited(name, "signin.failed")).isEqualTo(1);
    }

    // ---- changes take effect on the next page request

    @Test
    void aDisabledAccountsPageSessionEndsAtItsNextRequest() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertThat(page.signIn(name, GOOD)).isTrue();
        assertThat(page.get("index.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> disabled = api("POST", "api/users/" + name + "/disable", "admin", "demo", "");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json(disabled).getBoolean("enabled")).isFalse();
        HttpResponse<String> next = page.get("index.xhtml");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        assertThat(api("GET", "api/services", name, GOOD, null).statusCode()).as("API refused too").isEqualTo(401);
    }

    @Test
    void aRemovedRoleIsGoneAtTheNextPageRequest() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.OFFICER));
        PageSession page = new PageSession();
        assertThat(page.signIn(name, GOOD)).isTrue();
        assertThat(page.get("trends/dashboard.xhtml").statusCode()).isEqualTo(200);
        users.update(name, "Former officer", EnumSet.of(Role.COACH), Set.of());
        assertThat(page.get("trends/dashboard.xhtml").statusCode()).isNotEqualTo(200);
    }

    @Test
    void changingYourPasswordThroughTheApiEndsYourPageSessions() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertThat(page.signIn(name, GOOD)).isTrue();

        HttpResponse<String> wrongCurrent = api("POST", "api/account/password", name, GOOD,
                "{\"current\":\"not it at all\",\"new\":\"orange kettle harbour\"}");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(fields(wrongCurrent)).contains("current");
        HttpResponse<String> common = api("POST", "api/account/password", name, GOOD,
                "{\"current\":\"" + GOOD + "\",\"new\":\"qwerty123456\"}");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(fields(common)).containsExactly("new");
        assertThat(page.get("index.xhtml").statusCode()).as("a refused change ends nothing").isEqualTo(200);

        HttpResponse<String> changed = api("POST", "api/account/password", name, GOOD,
                "{\"current\":\"" + GOOD + "\",\"new\":\"orange kettle harbour\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(page.get("index.xhtml").statusCode()).as("the page session ended").isEqualTo(302);
        assertThat(api("GET", "api/services", name, GOOD, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "api/services", name, "orange kettle harbour", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordSetByTheAdministratorSendsEveryPageToTheChangePasswordPage() throws Exception {
        String name = user(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertThat(page.signIn(name, GOOD)).isTrue();
        HttpResponse<String> home = page.get("index.xhtml");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/account/password.xhtml");
        assertThat(page.get("account/password.xhtml").statusCode()).isEqualTo(200);
        assertThat(page.get("account/password.xhtml").body()).contains("set by an administrator");
    }

    // ---- the accounts API of the contract

    @Test
    void theAdministratorListsAndCreatesAccountsWithTheContractsFields() throws Exception {
        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api("POST", "api/users", "admin", "demo",
                "{\"username\":\"" + name + "\",\"name\":\"Api Person\",\"password\":\"" + GOOD
                        + "\",\"roles\":[\"STAFF\"],\"services\":[\"ADVOCACY\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> list = api("GET", "api/users", "admin", "demo", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonObject listed = Json.createReader(new StringReader(list.body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(name)).findFirst().orElseThrow();
        assertThat(listed.getString("name")).isEqualTo("Api Person");
        assertThat(listed.getJsonArray("roles").getString(0)).isEqualTo("STAFF");
        assertThat(listed.getJsonArray("services").getString(0)).isEqualTo("ADVOCACY");
        assertThat(listed.getBoolean("enabled")).isTrue();
        assertThat(api("GET", "api/users", "staff", "demo", null).statusCode()).as("not for staff").isEqualTo(403);
        assertThat(api("POST", "api/users/nobody-at-all/disable", "admin", "demo", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aWeakOrCommonPasswordOrAStaffAccountWithoutServiceIsRefusedNamingTheField() throws Exception {
        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        String template = "{\"username\":\"" + name + "\",\"name\":\"Api Person\",\"password\":\"%s\",\"roles\":[\"%s\"],\"services\":[%s]}";
        HttpResponse<String> tooShort = api("POST", "api/users", "admin", "demo", template.formatted("elevenchars", "COACH", ""));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(fields(tooShort)).containsExactly("password");
        HttpResponse<String> common = api("POST", "api/users", "admin", "demo", template.formatted("password1234", "COACH", ""));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(fields(common)).containsExactly("password");
        HttpResponse<String> noService = api("POST", "api/users", "admin", "demo", template.formatted(GOOD, "STAFF", ""));
        assertThat(noService.statusCode()).isEqualTo(400);
        assertThat(fields(noService)).containsExactly("services");
        assertThat(users.findByUsername(name)).as("nothing written").isEmpty();
    }

    @Test
    void theAdministratorAddsAService() throws Exception {
        String code = "SVC_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        HttpResponse<String> created = api("POST", "api/services", "admin", "demo", "{\"code\":\"" + code + "\",\"name\":\"Welfare rights\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getString("code")).isEqualTo(code);
        assertThat(api("GET", "api/services", "staff", "demo", null).body()).contains(code);
        assertThat(api("POST", "api/services", "officer", "demo", "{\"code\":\"X_" + code + "\",\"name\":\"No\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void definingACoachDoesNotTellWhichAccountsExist() throws Exception {
        String body = "{\"coach\":\"%s\",\"caseloadLimit\":3}";
        HttpResponse<String> unknown = api("POST", "api/housing/coaches", "coordinator", "demo", body.formatted("no-such-person"));
        HttpResponse<String> notACoach = api("POST", "api/housing/coaches", "coordinator", "demo", body.formatted("staff"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(notACoach.statusCode()).isEqualTo(400);
        assertThat(json(unknown).getJsonArray("errors")).isEqualTo(json(notACoach).getJsonArray("errors"));
    }

    @Test
    void demoAccountsAreNeverAddedToADatabaseWithRealAccounts() {
        user(EnumSet.of(Role.COACH));
        assertThat(users.hasRealAccounts()).isTrue();
        String demo = "demo" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(users.addDemoAccount(demo, "Demo Probe", EnumSet.of(Role.OFFICER), Set.of())).isEmpty();
        assertThat(users.findByUsername(demo)).isEmpty();
    }

    // ---- helpers

    /** An account the administrator created: its password must be changed at the first page sign-in. */
    private String user(Set<Role> roles) {
        String name = "sec" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Security Test", GOOD, roles, roles.contains(Role.STAFF) ? Set.of("ADVOCACY") : Set.of());
        return name;
    }

    /** An account whose owner has chosen their password (GOOD), so pages are not diverted. */
    private String ownPasswordUser(Set<Role> roles) {
        String name = user(roles);
        users.changeOwnPassword(name, GOOD, "temporary passphrase 1");
        users.changeOwnPassword(name, "temporary passphrase 1", GOOD);
        return name;
    }

    private long audited(String actor, String action) {
        return em.createQuery("select count(a) from AuditRecord a where a.actor = :actor and a.action = :action", Long.class)
                .setParameter("actor", actor).setParameter("action", action).getSingleResult();
    }

    private double timedFailure(String username) throws Exception {
        long t0 = System.nanoTime();
        assertThat(api("GET", "api/services", username, "not the password", null).statusCode()).isEqualTo(401);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private HttpResponse<String> api(String method, String path, String user, String password, String json) throws Exception {
        return api(base.toURI(), method, path, user, password, json);
    }

    private static HttpResponse<String> api(URI root, String method, String path, String user, String password, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> fields(HttpResponse<String> response) {
        JsonArray errors = json(response).getJsonArray("errors");
        return errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    /** The portal at another of this machine's addresses, so requests come from another client address. */
    private static URI otherAddress(URI portal) throws Exception {
        InetAddress used = InetAddress.getByName(portal.getHost());
        String other = null;
        if (!used.isLoopbackAddress()) {
            other = "127.0.0.1";
        } else {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        other = a.getHostAddress();
                    }
                }
            }
        }
        assertThat(other).as("a second address of this machine").isNotNull();
        return new URI(portal.getScheme(), null, other, portal.getPort(), portal.getPath(), null, null);
    }

    /** A browser's page session without the browser: cookies, the sign-in form, no redirects followed. */
    private final class PageSession {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        boolean signIn(String username, String password) throws Exception {
            HttpResponse<String> form = get("login.xhtml");
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
            assertThat(viewState.find()).as("the sign-in form").isTrue();
            String body = "login=login&username=" + enc(username) + "&password=" + enc(password) + "&signIn=Sign+in"
                    + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
