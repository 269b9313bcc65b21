package org.ecdp.web;

import org.ecdp.domain.organisation.entity.Organisation;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ecdp.web.testing.JsonBody.json;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.ecdp.logging.entry.entity.Entry;
import org.ecdp.logging.entry.entity.EntryDraft;
import org.ecdp.logging.entry.entity.EntryRevision;
import org.ecdp.logging.theme.boundary.Themes;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.ecdp.domain.audit.boundary.Audit;
import org.ecdp.domain.service.boundary.Services;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.logging.alert.boundary.NightlyScan;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.JsonBody;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import java.net.URL;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the configured database (H2 by default, MariaDB in CI's second run):
 * migrations, persistence through the boundaries, password hashing and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(PortalIT.class, Http.class, JsonBody.class);
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

    @Resource(lookup = "java:app/jdbc/ecdp")
    DataSource dataSource;

    @Inject
    Services services;

    @Inject
    Users users;

    @Inject
    Audit audit;

    @Inject
    Themes themes;

    @PersistenceContext(unitName = "ecdp")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void everyMigrationRanAndSucceeded() {
        MigrationInfoService info = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        assertTrue(info.applied().length >= 1, "at least the kernel migration ran");
        assertEquals(0, info.pending().length, "nothing left pending");
        for (MigrationInfo migration : info.applied()) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getScript());
        }
    }

    @Test
    void aServiceCreatedIsStoredAndAudited() {
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        long auditBefore = audit.count();
        services.create(code, "Integration test service");
        Service stored = services.getByCode(code);
        assertEquals("Integration test service", stored.getName());
        assertFalse(stored.isArchived());
        assertTrue(audit.count() > auditBefore, "creating a service is audited");
        assertEquals("service.create", audit.latest(0, 1).get(0).getAction());
    }

    @Test
    void aDuplicateServiceCodeIsRefusedNamingTheField() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> services.create("ADVOCACY", "Another advocacy"));
        assertEquals("code", refused.errors().get(0).field());
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesAndChecked() {
        String name = "it" + UUID.randomUUID().toString().substring(0, 8);
        PortalUser created = users.create(name, "Test Person", "correct horse battery", EnumSet.of(Role.STAFF), Set.of("ADVOCACY"));
        assertTrue(created.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), created.getPasswordHash().substring(0, 25));
        assertFalse(created.getPasswordHash().contains("correct horse"));
        assertTrue(users.authenticate(name, "correct horse battery").isPresent());
        assertTrue(users.authenticate(name, "wrong password").isEmpty());
        assertTrue(users.getByUsername(name).worksIn("ADVOCACY"));
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String name = "it" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Leaving Person", "a long enough password", EnumSet.of(Role.COACH), Set.of());
        users.disable(name);
        assertTrue(users.authenticate(name, "a long enough password").isEmpty());
        users.enable(name);
        assertTrue(users.authenticate(name, "a long enough password").isPresent());
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsWritten() {
        String name = "it" + UUID.randomUUID().toString().substring(0, 8);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> users.create(name, "Test Person", "short", EnumSet.of(Role.STAFF), Set.of()));
        assertEquals("password", refused.errors().get(0).field());
        assertTrue(users.findByUsername(name).isEmpty());
    }

    @Inject
    NightlyScan nightlyScan;

    @Test
    void theNightlyScanAndTheMorningRemindersAreScheduledByTheContainer() throws Exception {
        // /health/live (at the server root, whatever the context root) lists every @Schedule the container registered, with its next run (an instant)
        java.net.http.HttpResponse<String> live = Http.portal(base).get(base.toURI().resolve("/health/live").toString());
        assertEquals(200, live.statusCode(), live.body());
        jakarta.json.JsonObject data;
        data = json(live.body()).getJsonArray("checks").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> "scheduled-jobs".equals(c.getString("name"))).findFirst().orElseThrow().getJsonObject("data");
        assertEquals(java.time.LocalTime.of(2, 15), nextRun(data, "ecdp nightly alert scan"), "the nightly scan runs at 02:15");
        assertEquals(java.time.LocalTime.of(6, 20), nextRun(data, "ecdp mentoring renewal reminders"), "the reminders run at 06:20");
    }

    private static java.time.LocalTime nextRun(jakarta.json.JsonObject data, String job) {
        return Instant.parse(data.getString(job)).atZone(java.time.ZoneId.systemDefault()).toLocalTime();
    }

    @Test
    void theNightlyScanOfADayRunsOnceHoweverManyInstancesAsk() {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(new java.util.Random().nextInt(3000));
        assertTrue(nightlyScan.runFor(day) >= 0, "the first instance claims the day and scans");
        assertEquals(-1, nightlyScan.runFor(day), "a second instance finds the day taken");
    }

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    /**
     * Signs this in-container test's own request in, as the sign-in page does, so that the
     * boundaries' role checks see the person the test acts as.
     */
    private void signInAs(String username) {
        jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.FALSE
                        : method.getReturnType() == int.class ? 0 : method.getReturnType() == long.class ? 0L : null);
        jakarta.security.enterprise.AuthenticationStatus status = security.authenticate(request, response,
                jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams().credential(
                        new jakarta.security.enterprise.credential.UsernamePasswordCredential(username, "demo")));
        assertEquals(jakarta.security.enterprise.AuthenticationStatus.SUCCESS, status, "signed in as " + username);
    }

    @Test
    void theLogBoundariesCheckTheCallersRoleThemselves() {
        signInAs("staff");
        String code = "X_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        assertThrows(SecurityException.class, () -> themes.create(code, "Not allowed " + code, null));
        assertTrue(themes.findByCode(code).isEmpty(), "nothing written");
        assertThrows(SecurityException.class, () -> themes.retire("TRANSPORT"));
        assertFalse(themes.findByCode("TRANSPORT").orElseThrow().isRetired());
        assertThrows(SecurityException.class, () -> alerts.list(null));
        assertThrows(SecurityException.class, () -> responses.all());
        assertThrows(SecurityException.class, () -> trends.heatMap(LocalDate.now().minusDays(7), LocalDate.now()));
        assertFalse(themes.all().isEmpty(), "anyone signed in may read the themes");
    }

    @Test
    void aPublishedResponseIsScreenedForPersonalDataAndNothingIsPublished() {
        signInAs("officer");
        var opened = responses.open("Ramps on buses " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x"), "Bus company", List.of("TRANSPORT"), List.of());
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> responses.close(opened.getId(), "Mrs Patel on 07700 900123 can use the ramp now", true));
        assertEquals("outcome", refused.errors().get(0).field());
        assertTrue(responses.published().stream().noneMatch(r -> r.getId().equals(opened.getId())), "not on the public page");
        responses.close(opened.getId(), "Drivers are trained to deploy the ramp", true);
        assertTrue(responses.published().stream().anyMatch(r -> r.getId().equals(opened.getId())));
    }

    @Inject
    org.ecdp.logging.alert.boundary.Alerts alerts;

    @Inject
    org.ecdp.logging.response.boundary.Responses responses;

    @Inject
    org.ecdp.logging.trend.boundary.Trends trends;

    @Test
    void mergingAThemeRepointsItsEntriesKeepsHistoryAndTheOldCodeStillResolves() throws Exception {
        signInAs("officer");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        themes.create("OLD_" + suffix, "Buses old " + suffix, "TRANSPORT");
        themes.create("NEW_" + suffix, "Buses " + suffix, "TRANSPORT");
        tx.begin();
        Entry entry = new Entry(services.getByCode("ADVOCACY"), Set.of(themes.findByCode("OLD_" + suffix).orElseThrow()),
                new EntryDraft("ADVOCACY", LocalDate.now().minusDays(2), List.of("OLD_" + suffix), "Ramp broken again", 1,
                        null, null, null, null, null), "staff", Instant.now(), LocalDate.now());
        em.persist(entry);
        tx.commit();

        assertEquals(1, themes.merge("OLD_" + suffix, "NEW_" + suffix, "officer"));

        tx.begin();
        String codesAfter = em.find(Entry.class, entry.getId()).getThemeCodes();
        tx.commit();
        assertEquals("NEW_" + suffix, codesAfter);
        assertEquals("NEW_" + suffix, themes.resolve("OLD_" + suffix).getCode(), "the old code resolves to the survivor");
        assertTrue(themes.findByCode("OLD_" + suffix).orElseThrow().isRetired());
        assertTrue(themes.live().stream().noneMatch(t -> t.getCode().equals("OLD_" + suffix)), "hidden from capture");
        long merged = em.createQuery("select count(r) from EntryRevision r where r.entryId = :id and r.kind = :k", Long.class)
                .setParameter("id", entry.getId()).setParameter("k", EntryRevision.Kind.THEME_MERGED).getSingleResult();
        assertEquals(1, merged, "the merge left a revision in the entry's history");
    }

    @ArquillianResource
    URL base;

    /**
     * A list's total comes from the day counts, so they must always equal counting the entries:
     * after logging, editing, deleting and moving a theme, through the API as a partner would.
     */
    @Test
    void theDayCountsAlwaysEqualCountingTheEntries() throws Exception {
        signInAs("officer");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String parent = "P_" + suffix;
        String child = "C_" + suffix;
        themes.create(parent, "Parent " + suffix, null);
        themes.create(child, "Child " + suffix, parent);
        LocalDate d1 = LocalDate.now().minusYears(6).minusDays(new java.util.Random().nextInt(300));
        LocalDate d2 = d1.plusDays(1);
        long e1 = logged(entry("ADVOCACY", d1, "\"" + child + "\"", 3));
        logged(entry("ADVOCACY", d1, "\"" + parent + "\", \"" + child + "\"", 2));
        long e3 = logged(entry("PAYROLL", d2, "\"" + child + "\"", 1));

        assertEquals(200, call("PUT", "api/entries/" + e1, entry("ADVOCACY", d2, "\"" + child + "\"", 1)).statusCode());
        assertEquals(204, call("DELETE", "api/entries/" + e3, null).statusCode());
        assertEquals(2, total("theme=" + parent + "&from=" + d1 + "&to=" + d2), "the parent counts its sub-theme's entries, each once");
        assertEquals(1, total("theme=" + child + "&from=" + d2 + "&to=" + d2), "the edited entry moved to its new day; the deleted one is gone");
        assertEquals(countedFromEntries(d1, d2), storedCounts(d1, d2));
        for (int page = 0; page < 3; page++) {
            // pages bounded by the day counts equal pages found by words (which count entries)
            String range = "theme=" + parent + "&from=" + d1 + "&to=" + d2 + "&size=1&page=" + page;
            assertEquals(ids("api/entries?" + range + "&q=check"), ids("api/entries?" + range), "page " + page);
        }

        themes.move(child, null);
        assertEquals(1, total("theme=" + parent + "&from=" + d1 + "&to=" + d2), "a moved sub-theme no longer rolls up");
        assertEquals(countedFromEntries(d1, d2), storedCounts(d1, d2));
    }

    private static String entry(String service, LocalDate day, String themeList, int people) {
        return """
                {"service":"%s","occurredOn":"%s","themes":[%s],"summary":"Day count check","peopleCount":%d}"""
                .formatted(service, day, themeList, people);
    }

    private long logged(String json) throws Exception {
        java.net.http.HttpResponse<String> r = call("POST", "api/entries", json);
        assertEquals(201, r.statusCode(), r.body());
        return json(r.body()).getJsonNumber("id").longValue();
    }

    private List<Long> ids(String path) throws Exception {
        java.net.http.HttpResponse<String> r = call("GET", path, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private long total(String query) throws Exception {
        java.net.http.HttpResponse<String> r = call("GET", "api/entries?size=1&" + query, null);
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getJsonNumber("total").longValue();
    }

    private java.net.http.HttpResponse<String> call(String method, String path, String json) throws Exception {
        return Http.portal(base).as("officer").send(method, path, "application/json", json);
    }

    private Set<String> storedCounts(LocalDate from, LocalDate to) throws Exception {
        return rows("SELECT theme_id, service_id, CONCAT(occurred_on, '#', slot), entries, people FROM entry_day_count"
                + " WHERE occurred_on BETWEEN ? AND ? AND entries <> 0", from, to);
    }

    private Set<String> countedFromEntries(LocalDate from, LocalDate to) throws Exception {
        return rows("SELECT 0, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*), SUM(e.people_count) FROM log_entry e"
                + " WHERE e.deleted = FALSE AND e.occurred_on BETWEEN ? AND ? GROUP BY e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))"
                + " UNION ALL SELECT x.theme_id, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*), SUM(e.people_count) FROM log_entry e"
                + " JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et UNION SELECT et.entry_id, t.parent_id FROM entry_theme et"
                + " JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x ON x.entry_id = e.id"
                + " WHERE e.deleted = FALSE AND e.occurred_on BETWEEN ? AND ? GROUP BY x.theme_id, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))", from, to, from, to);
    }

    private Set<String> rows(String sql, LocalDate... days) throws Exception {
        Set<String> rows = new java.util.TreeSet<>();
        try (java.sql.Connection db = dataSource.getConnection(); java.sql.PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < days.length; i++) {
                s.setObject(i + 1, days[i]);
            }
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3) + ": " + rs.getLong(4) + " entries, " + rs.getLong(5) + " people");
                }
            }
        }
        assertFalse(rows.isEmpty(), "the check looks at some rows");
        return rows;
    }

    @Test
    void theDemoAccountsExistWithOneRoleEach() {
        for (String name : new String[] {"admin", "staff", "officer", "coordinator", "coach", "evaluator"}) {
            PortalUser user = users.getByUsername(name);
            assertEquals(1, user.getRoles().size(), name);
            assertTrue(users.authenticate(name, "demo").isPresent(), name);
        }
        assertEquals(Set.of("ADVOCACY"), Set.copyOf(users.getByUsername("staff").getServices().stream().map(Service::getCode).toList()));
    }
}
