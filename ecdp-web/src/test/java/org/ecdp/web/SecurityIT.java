package org.ecdp.web;

import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ecdp.web.testing.JsonBody.fields;
import static org.ecdp.web.testing.JsonBody.json;
import static org.ecdp.web.testing.JsonBody.jsonArray;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.JsonBody;
import org.ecdp.web.testing.PageClient;
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
        return Deployments.portal().addClasses(SecurityIT.class, Http.class, JsonBody.class, PageClient.class);
    }

    @Inject
    Tenancy tenancy;

    private Tenancy.Acting acting;

    /** In the container, with nobody signed in, the test calls boundaries as a nightly job does: for the host. */
    @BeforeEach
    void actForTheHost() {
        if (tenancy != null) {
            acting = tenancy.actFor(Organisation.HOST);
        }
    }

    @AfterEach
    void stopActing() {
        if (acting != null) {
            acting.close();
        }
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
        for (int i = 0; i < 7; i++) {
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
        assertTrue(unknownMedian > knownMedian * 0.5, String.format("unknown %.1f ms vs known %.1f ms", unknownMedian, knownMedian));
    }

    @Test
    void aFloodFromOneAddressNeverLocksTheRealUserOutFromAnother() throws Exception {
        String name = user(EnumSet.of(Role.COACH));
        URI attacker = base.toURI();
        URI office = otherAddress(attacker);
        for (int i = 0; i < 8; i++) {
            assertEquals(401, api(attacker, "GET", "api/services", name, "guess-" + i, null).statusCode());
        }
        assertEquals(401, api(attacker, "GET", "api/services", name, GOOD, null).statusCode(), "paused from the attacker's address, even with the right password");
        assertEquals(200, api(office, "GET", "api/services", name, GOOD, null).statusCode(), "the real user from elsewhere (" + office.getHost() + ")");
        assertEquals(5, audited(name, "signin.failed"), "failures audited; refused attempts are not checked");
        assertEquals(1, audited(name, "signin.paused"));
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
                assertEquals(401, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, audited(name, "signin.failed"), "password checks made");
    }

    @Test
    void pageSignInsAreAudited() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertFalse(page.signIn(name, "wrong password!"));
        assertTrue(page.signIn(name, GOOD));
        assertEquals(1, audited(name, "signin"));
        assertEquals(1, audited(name, "signin.failed"));
    }

    @Test
    void readsOfPersonalRecordsAreAuditedWithoutTheirContent() throws Exception {
        String staff = ownPasswordUser(EnumSet.of(Role.STAFF));
        assertEquals(200, api("GET", "api/entries?service=ADVOCACY&q=bus", staff, GOOD, null).statusCode());
        assertEquals(1, audited(staff, "entries.read"), "the search is in the trail");
        String target = em.createQuery("select a.target from AuditRecord a where a.actor = :actor and a.action = 'entries.read'", String.class)
                .setParameter("actor", staff).getSingleResult();
        assertTrue(target.contains("services=ADVOCACY"), target);
        assertFalse(target.contains("bus"), "the words searched are not copied into the trail: " + target);

        String coordinator = ownPasswordUser(EnumSet.of(Role.COORDINATOR));
        assertEquals(200, api("GET", "api/mentoring/volunteers", coordinator, GOOD, null).statusCode());
        assertEquals(1, audited(coordinator, "mentoring.volunteers.read"), "volunteers' contact and DBS details read");

        String coach = ownPasswordUser(EnumSet.of(Role.COACH));
        assertEquals(403, api("GET", "api/mentoring/volunteers", coach, GOOD, null).statusCode());
        assertEquals(0, audited(coach, "mentoring.volunteers.read"), "a refused read reads nothing");
    }

    @Test
    void aDownloadFromAPageIsNeverKeptInACache() throws Exception {
        PageSession page = new PageSession();
        assertTrue(page.signIn("officer", "demo"));
        HttpResponse<String> log = page.get("log/entries.xhtml");
        assertEquals(200, log.statusCode());
        String body = "export=export&export%3AexportCsv=x&" + PageClient.tokens(log.body());
        HttpResponse<String> csv = page.post("log/entries.xhtml", body);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().map().toString());
        assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""),
                "the entries (personal data) are not kept by the browser or a proxy");
    }

    // ---- changes take effect on the next page request

    @Test
    void aDisabledAccountsPageSessionEndsAtItsNextRequest() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertTrue(page.signIn(name, GOOD));
        assertEquals(200, page.get("index.xhtml").statusCode());
        HttpResponse<String> disabled = api("POST", "api/users/" + name + "/disable", "admin", "demo", "");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(json(disabled).getBoolean("enabled"));
        HttpResponse<String> next = page.get("index.xhtml");
        assertEquals(302, next.statusCode());
        assertTrue((next.headers().firstValue("Location").orElse("")).contains("login.xhtml"), "should contain " + "login.xhtml");
        assertEquals(401, api("GET", "api/services", name, GOOD, null).statusCode(), "API refused too");
    }

    @Test
    void aRemovedRoleIsGoneAtTheNextPageRequest() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.OFFICER));
        PageSession page = new PageSession();
        assertTrue(page.signIn(name, GOOD));
        assertEquals(200, page.get("trends/dashboard.xhtml").statusCode());
        users.update(name, "Former officer", EnumSet.of(Role.COACH), Set.of());
        assertNotEquals(200, page.get("trends/dashboard.xhtml").statusCode());
    }

    @Test
    void aServiceTakenAwayIsRefusedAtTheNextApiRequest() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.STAFF));
        String entry = """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Lift out of order at the library"}"""
                .formatted(java.time.LocalDate.now().minusDays(1));
        HttpResponse<String> logged = api("POST", "api/entries", name, GOOD, entry);
        assertEquals(201, logged.statusCode(), logged.body());
        assertEquals(200, api("GET", "api/entries?service=ADVOCACY", name, GOOD, null).statusCode());

        users.update(name, "Security Test", EnumSet.of(Role.STAFF), Set.of("PAYROLL"));
        assertEquals(403, api("POST", "api/entries", name, GOOD, entry).statusCode(), "no longer works in Advocacy");
        assertEquals(403, api("GET", "api/entries?service=ADVOCACY", name, GOOD, null).statusCode());
        assertEquals(404, api("GET", "api/entries/" + json(logged).getJsonNumber("id").longValue(), name, GOOD, null).statusCode(),
                "their own earlier entry is Advocacy's now");
        HttpResponse<String> payroll = api("POST", "api/entries", name, GOOD, entry.replace("ADVOCACY", "PAYROLL"));
        assertEquals(201, payroll.statusCode(), payroll.body());
    }

    @Test
    void changingYourPasswordThroughTheApiEndsYourPageSessions() throws Exception {
        String name = ownPasswordUser(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertTrue(page.signIn(name, GOOD));

        HttpResponse<String> wrongCurrent = api("POST", "api/account/password", name, GOOD,
                "{\"current\":\"not it at all\",\"new\":\"orange kettle harbour\"}");
        assertEquals(400, wrongCurrent.statusCode());
        assertTrue((fields(wrongCurrent)).contains("current"), "should contain " + "current");
        HttpResponse<String> common = api("POST", "api/account/password", name, GOOD,
                "{\"current\":\"" + GOOD + "\",\"new\":\"qwerty123456\"}");
        assertEquals(400, common.statusCode());
        assertEquals(List.of("new"), fields(common));
        assertEquals(200, page.get("index.xhtml").statusCode(), "a refused change ends nothing");

        HttpResponse<String> changed = api("POST", "api/account/password", name, GOOD,
                "{\"current\":\"" + GOOD + "\",\"new\":\"orange kettle harbour\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(302, page.get("index.xhtml").statusCode(), "the page session ended");
        assertEquals(401, api("GET", "api/services", name, GOOD, null).statusCode());
        assertEquals(200, api("GET", "api/services", name, "orange kettle harbour", null).statusCode());
    }

    @Test
    void aPasswordSetByTheAdministratorSendsEveryPageToTheChangePasswordPage() throws Exception {
        String name = user(EnumSet.of(Role.COACH));
        PageSession page = new PageSession();
        assertTrue(page.signIn(name, GOOD));
        HttpResponse<String> home = page.get("index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue((home.headers().firstValue("Location").orElse("")).endsWith("/account/password.xhtml"), (home.headers().firstValue("Location").orElse("")));
        assertEquals(200, page.get("account/password.xhtml").statusCode());
        assertTrue((page.get("account/password.xhtml").body()).contains("set by an administrator"), "should contain " + "set by an administrator");
    }

    // ---- the accounts API of the contract

    @Test
    void theAdministratorListsAndCreatesAccountsWithTheContractsFields() throws Exception {
        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api("POST", "api/users", "admin", "demo",
                "{\"username\":\"" + name + "\",\"name\":\"Api Person\",\"password\":\"" + GOOD
                        + "\",\"roles\":[\"STAFF\"],\"services\":[\"ADVOCACY\"]}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> list = api("GET", "api/users", "admin", "demo", null);
        assertEquals(200, list.statusCode());
        JsonObject listed = jsonArray(list.body()).stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(name)).findFirst().orElseThrow();
        assertEquals("Api Person", listed.getString("name"));
        assertEquals("STAFF", listed.getJsonArray("roles").getString(0));
        assertEquals("ADVOCACY", listed.getJsonArray("services").getString(0));
        assertTrue(listed.getBoolean("enabled"));
        assertEquals(403, api("GET", "api/users", "staff", "demo", null).statusCode(), "not for staff");
        assertEquals(404, api("POST", "api/users/nobody-at-all/disable", "admin", "demo", "").statusCode());
    }

    @Test
    void aWeakOrCommonPasswordOrAStaffAccountWithoutServiceIsRefusedNamingTheField() throws Exception {
        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        String template = "{\"username\":\"" + name + "\",\"name\":\"Api Person\",\"password\":\"%s\",\"roles\":[\"%s\"],\"services\":[%s]}";
        HttpResponse<String> tooShort = api("POST", "api/users", "admin", "demo", template.formatted("elevenchars", "COACH", ""));
        assertEquals(400, tooShort.statusCode());
        assertEquals(List.of("password"), fields(tooShort));
        HttpResponse<String> common = api("POST", "api/users", "admin", "demo", template.formatted("password1234", "COACH", ""));
        assertEquals(400, common.statusCode());
        assertEquals(List.of("password"), fields(common));
        HttpResponse<String> noService = api("POST", "api/users", "admin", "demo", template.formatted(GOOD, "STAFF", ""));
        assertEquals(400, noService.statusCode());
        assertEquals(List.of("services"), fields(noService));
        assertTrue((users.findByUsername(name)).isEmpty(), "nothing written");
    }

    @Test
    void theAdministratorAddsAService() throws Exception {
        String code = "SVC_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        HttpResponse<String> created = api("POST", "api/services", "admin", "demo", "{\"code\":\"" + code + "\",\"name\":\"Welfare rights\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(code, json(created).getString("code"));
        assertTrue((api("GET", "api/services", "staff", "demo", null).body()).contains(code), "should contain " + code);
        assertEquals(403, api("POST", "api/services", "officer", "demo", "{\"code\":\"X_" + code + "\",\"name\":\"No\"}").statusCode());
    }

    @Test
    void definingACoachDoesNotTellWhichAccountsExist() throws Exception {
        String body = "{\"coach\":\"%s\",\"caseloadLimit\":3}";
        HttpResponse<String> unknown = api("POST", "api/housing/coaches", "coordinator", "demo", body.formatted("no-such-person"));
        HttpResponse<String> notACoach = api("POST", "api/housing/coaches", "coordinator", "demo", body.formatted("staff"));
        assertEquals(400, unknown.statusCode());
        assertEquals(400, notACoach.statusCode());
        assertEquals(json(notACoach).getJsonArray("errors"), json(unknown).getJsonArray("errors"));
    }

    @Test
    void demoAccountsAreNeverAddedToADatabaseWithRealAccounts() {
        user(EnumSet.of(Role.COACH));
        assertTrue(users.hasRealAccounts());
        String demo = "demo" + UUID.randomUUID().toString().substring(0, 6);
        assertTrue((users.addDemoAccount(demo, "Demo Probe", EnumSet.of(Role.OFFICER), Set.of())).isEmpty());
        assertTrue((users.findByUsername(demo)).isEmpty());
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
        assertEquals(401, api("GET", "api/services", username, "not the password", null).statusCode());
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
        return Http.portal(root).as(user, password).send(method, path, json);
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
        assertNotNull(other, "a second address of this machine");
        return new URI(portal.getScheme(), null, other, portal.getPort(), portal.getPath(), null, null);
    }

    /** A browser's page session without the browser: cookies, the sign-in form, no redirects followed. */
    private final class PageSession {
        private final PageClient pages = new PageClient(base, HttpClient.Redirect.NEVER);

        HttpResponse<String> get(String path) throws Exception {
            return pages.get(path);
        }

        boolean signIn(String username, String password) throws Exception {
            HttpResponse<String> answer = pages.signIn(username, password);
            return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return pages.post(path, form);
        }
    }
}
