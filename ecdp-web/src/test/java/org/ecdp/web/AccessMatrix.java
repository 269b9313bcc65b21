package org.ecdp.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ecdp.domain.user.entity.Role;

/**
 * Who may open which page and call which endpoint: the design, written once. The browser
 * test walks every row for every demo role and for an anonymous visitor. A new page or
 * endpoint is added here with the roles it allows.
 */
final class AccessMatrix {

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** Page path to the roles that may open it; anyone else gets the 403 page, anonymous goes to sign in. */
    static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();

    /** GET endpoint to the roles that get 200; others 403, anonymous 401. */
    static final Map<String, Set<Role>> API_GETS = new LinkedHashMap<>();

    /**
     * A call on one object: {@code {entry}} is a PAYROLL entry (the demo staff member works in
     * ADVOCACY only), {@code {alert}} an alert, {@code {request}} and {@code {match}} a person
     * in mentoring and their match. Every role outside {@code allowed} is refused (403 or 404)
     * and what {@code owner} sees at {@code watch} is unchanged.
     */
    record ObjectCall(String method, String path, String body, Set<Role> allowed, String owner, String watch) {
    }

    static final List<ObjectCall> OBJECT_CALLS = new ArrayList<>();

    static {
        PAGES.put("index.xhtml", EVERYONE);
        PAGES.put("log/entries.xhtml", EnumSet.of(Role.STAFF, Role.OFFICER));
        PAGES.put("log/themes.xhtml", EnumSet.of(Role.OFFICER));
        PAGES.put("trends/dashboard.xhtml", EnumSet.of(Role.OFFICER));
        PAGES.put("trends/alerts.xhtml", EnumSet.of(Role.OFFICER));
        PAGES.put("evidence/pack.xhtml", EnumSet.of(Role.OFFICER));
        PAGES.put("evidence/responses.xhtml", EnumSet.of(Role.OFFICER));
        PAGES.put("log/import.xhtml", EnumSet.of(Role.OFFICER));
        PAGES.put("mentoring/waiting.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/run.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/best.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/matches.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/volunteer.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/volunteers.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/request.xhtml", EnumSet.of(Role.COORDINATOR));
        // request 21: one of the four demo people with a history (ids 21-24 are seeded after the twenty waiting): an active match, sessions, progress
        PAGES.put("mentoring/journey.xhtml?request=21", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/dashboard.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("mentoring/weights.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("referral/mentoring.xhtml", EnumSet.of(Role.STAFF, Role.COORDINATOR));
        PAGES.put("admin/users.xhtml", EnumSet.of(Role.ADMIN));
        PAGES.put("admin/services.xhtml", EnumSet.of(Role.ADMIN));
        PAGES.put("admin/audit.xhtml", EnumSet.of(Role.ADMIN));
        PAGES.put("admin/people.xhtml", EnumSet.of(Role.ADMIN));
        PAGES.put("admin/records.xhtml", EnumSet.of(Role.ADMIN));
        PAGES.put("account/password.xhtml", EVERYONE);
        PAGES.put("housing/enrolment.xhtml", EnumSet.of(Role.COORDINATOR));
        PAGES.put("housing/caseload.xhtml", EnumSet.of(Role.COACH));
        PAGES.put("housing/evaluation.xhtml", EnumSet.of(Role.EVALUATOR));
        PAGES.put("housing/setup.xhtml", EnumSet.of(Role.ADMIN, Role.COORDINATOR));
        PAGES.put("network/organisations.xhtml", EnumSet.of(Role.NETWORK_ADMIN));

        API_GETS.put("api/services", EVERYONE);
        API_GETS.put("api/themes", EVERYONE);
        API_GETS.put("api/entries", EnumSet.of(Role.STAFF, Role.OFFICER));
        API_GETS.put("api/entries/export?format=csv&from=2099-01-01", EnumSet.of(Role.STAFF, Role.OFFICER));
        API_GETS.put("api/trends/series?theme=BENEFITS&from=2026-01-05&to=2026-01-30&interval=day", EnumSet.of(Role.OFFICER));
        API_GETS.put("api/trends/detection?theme=BENEFITS&from=2026-01-05&to=2026-01-30&interval=day&method=ears-c2", EnumSet.of(Role.OFFICER));
        API_GETS.put("api/alerts", EnumSet.of(Role.OFFICER));
        API_GETS.put("api/responses", EnumSet.of(Role.OFFICER));
        API_GETS.put("api/evidence?theme=BENEFITS&from=2026-01-05&to=2026-01-30&format=xlsx", EnumSet.of(Role.OFFICER));
        API_GETS.put("api/evidence/releases", EnumSet.of(Role.OFFICER));
        API_GETS.put("api/housing/programmes", EnumSet.of(Role.COORDINATOR, Role.COACH, Role.EVALUATOR, Role.ADMIN));
        API_GETS.put("api/housing/caseload", EnumSet.of(Role.COACH));
        API_GETS.put("api/housing/coaches", EnumSet.of(Role.COORDINATOR, Role.ADMIN));
        API_GETS.put("api/housing/instruments", EnumSet.of(Role.COORDINATOR, Role.COACH, Role.EVALUATOR, Role.ADMIN));
        API_GETS.put("api/mentoring/requests", EnumSet.of(Role.COORDINATOR));
        API_GETS.put("api/mentoring/volunteers", EnumSet.of(Role.COORDINATOR));
        API_GETS.put("api/mentoring/requests/21/journey", EnumSet.of(Role.COORDINATOR));
        API_GETS.put("api/mentoring/dashboard", EnumSet.of(Role.COORDINATOR));
        API_GETS.put("api/mentoring/weights", EnumSet.of(Role.COORDINATOR));
        API_GETS.put("api/mentoring/referrals", EnumSet.of(Role.STAFF, Role.COORDINATOR));

        Set<Role> officer = EnumSet.of(Role.OFFICER);
        String entry = "api/entries/{entry}";
        String changed = """
                {"service":"PAYROLL","occurredOn":"2026-01-05","themes":["TRANSPORT"],"summary":"Changed by someone else"}""";
        OBJECT_CALLS.add(new ObjectCall("GET", entry, null, officer, "officer", entry));
        OBJECT_CALLS.add(new ObjectCall("PUT", entry, changed, officer, "officer", entry));
        OBJECT_CALLS.add(new ObjectCall("DELETE", entry, null, officer, "officer", entry));
        String alert = "api/alerts/{alert}";
        OBJECT_CALLS.add(new ObjectCall("GET", alert, null, officer, "officer", alert));
        OBJECT_CALLS.add(new ObjectCall("POST", alert + "/review", "{}", officer, "officer", alert));
        OBJECT_CALLS.add(new ObjectCall("POST", alert + "/dismiss", "{\"reason\":\"Not ours\"}", officer, "officer", alert));
        OBJECT_CALLS.add(new ObjectCall("POST", alert + "/response", "{\"title\":\"T\",\"targetOrganisation\":\"DWP\"}", officer,
                "officer", "api/responses"));
        OBJECT_CALLS.add(new ObjectCall("GET", "api/responses/1", null, officer, "officer", null));
        Set<Role> coordinator = EnumSet.of(Role.COORDINATOR);
        String journey = "api/mentoring/requests/{request}/journey";
        OBJECT_CALLS.add(new ObjectCall("GET", journey, null, coordinator, "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("GET", "api/mentoring/match-runs/1", null, coordinator, "coordinator", null));
        OBJECT_CALLS.add(new ObjectCall("GET", "api/mentoring/match-runs/1/scores", null, coordinator, "coordinator", null));
        String match = "api/mentoring/matches/{match}";
        OBJECT_CALLS.add(new ObjectCall("POST", match + "/decline", "{\"reason\":\"No\"}", coordinator, "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("POST", match + "/introduce", "{\"firstMeetingOn\":\"2026-01-05\"}", coordinator, "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("POST", match + "/start", "{}", coordinator, "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("POST", match + "/themes", "{\"themes\":[\"TRANSPORT\"],\"summary\":\"Heard\"}", coordinator,
                "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("POST", match + "/sessions",
                "{\"heldOn\":\"2026-01-05\",\"minutes\":30,\"whatWasDone\":\"Talked\",\"place\":\"Library\"}", coordinator,
                "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("GET", match + "/sessions", null, coordinator, "coordinator", null));
        OBJECT_CALLS.add(new ObjectCall("POST", match + "/progress", "{\"goal\":\"CONFIDENCE\",\"score\":5}", coordinator,
                "coordinator", journey));
        OBJECT_CALLS.add(new ObjectCall("GET", match + "/progress", null, coordinator, "coordinator", null));
    }

    /** The demo user who holds exactly this role. */
    static String demoUser(Role role) {
        return switch (role) {
            case STAFF -> "staff";
            case OFFICER -> "officer";
            case COORDINATOR -> "coordinator";
            case COACH -> "coach";
            case EVALUATOR -> "evaluator";
            case ADMIN -> "admin";
            case NETWORK_ADMIN -> "network";
        };
    }

    private AccessMatrix() {
    }
}
