package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.jsonList;
import static org.ecdp.web.testing.LogApi.assertProblem;
import static org.ecdp.web.testing.LogApi.created;
import static org.ecdp.web.testing.LogApi.entry;
import static org.ecdp.web.testing.LogApi.mappedTheme;
import static org.ecdp.web.testing.LogApi.ok;
import static org.ecdp.web.testing.LogApi.subTheme;
import static org.ecdp.web.testing.LogApi.suffix;
import static org.ecdp.web.testing.LogApi.theme;

import java.net.URL;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The observatory as its users meet it: a network theme's weekly entries pooled over the
 * organisations that share aggregates are the sum of what each of them counts for itself, with
 * small counts (and counts from which another organisation's few entries could be worked out)
 * reading "&lt;10"; an organisation that keeps its counts to itself is neither counted nor let in;
 * no answer carries an entry's words; and the page is reachable by keyboard, axe-clean and fits a phone.
 * Each run uses its own themes, so it meets no other test's entries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkObservatoryIT {

    private static final LocalDate WEEK_A = LocalDate.of(2024, 6, 3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    @Test
    void thePoolIsTheSumOfTheSharingOrganisationsOwnSeriesAndNothingElse() throws Exception {
        String s = suffix();
        String secret = "OBSERVATORY-SECRET-" + s;
        // ecdp (the host): its new theme becomes the network theme; a sub-theme rolls up into it
        String network = "OBS_" + s;
        Http ecdp = Http.portal(base).as("officer");
        theme(ecdp, network, "Observatory " + s);
        subTheme(ecdp, "OBC_" + s, "Observatory child " + s, network);
        // Southend maps two top themes of its own to it: an entry under both counts once
        String southend = "SOB_" + s;
        Http southOfficer = Http.portal(base).as("southend-officer");
        mappedTheme(southOfficer, southend, "Southend obs " + s, network);
        mappedTheme(southOfficer, "SOX_" + s, "Southend extra " + s, network);
        // an organisation that does not share, with its own admin, service, staff and officer
        String loner = "LONER_" + s;
        String password = "Lantern-Orchard-77-" + s;
        created(Http.portal(base).as("network").post("api/organisations", "{\"code\":\"" + loner + "\",\"name\":\"Keeps to itself " + s + "\",\"sharesAggregates\":false,"
                + "\"admin\":{\"username\":\"loner-admin-" + s + "\",\"name\":\"Lo Admin\",\"password\":\"" + password + "\"}}"));
        Http lonerAdmin = Http.portal(base).as("loner-admin-" + s, password);
        created(lonerAdmin.post("api/services", "{\"code\":\"QUIET\",\"name\":\"Quiet service\"}"));
        created(lonerAdmin.post("api/users", "{\"username\":\"loner-staff-" + s + "\",\"name\":\"Lo Staff\",\"password\":\"" + password
                + "\",\"roles\":[\"STAFF\"],\"services\":[\"QUIET\"]}"));
        created(lonerAdmin.post("api/users", "{\"username\":\"loner-officer-" + s + "\",\"name\":\"Lo Officer\",\"password\":\"" + password
                + "\",\"roles\":[\"OFFICER\"],\"services\":[]}"));
        Http lonerOfficer = Http.portal(base).as("loner-officer-" + s, password);
        String lonerTheme = "LOB_" + s;
        mappedTheme(lonerOfficer, lonerTheme, "Loner obs " + s, network);
        Http lonerStaff = Http.portal(base).as("loner-staff-" + s, password);

        LocalDate weekB = WEEK_A.plusWeeks(1);
        LocalDate weekC = WEEK_A.plusWeeks(2);
        LocalDate weekD = WEEK_A.plusWeeks(3);
        Http south = Http.portal(base).as("southend-staff");
        // week A: ecdp 12 (one under the parent and its sub-theme, one under the sub-theme only), Southend 11 (one under both its themes)
        log(ecdp, "ADVOCACY", WEEK_A.plusDays(1), List.of(network), 10, secret);
        log(ecdp, "ADVOCACY", WEEK_A.plusDays(2), List.of(network, "OBC_" + s), 1, secret);
        log(ecdp, "ADVOCACY", WEEK_A.plusDays(5), List.of("OBC_" + s), 1, secret);
        log(south, "ADVOCACY", WEEK_A.plusDays(3), List.of(southend), 10, secret);
        log(south, "ADVOCACY", WEEK_A.plusDays(3), List.of(southend, "SOX_" + s), 1, secret);
        // week B: ecdp 12, Southend 3: 15 pooled, but ecdp could work out Southend's 3
        log(ecdp, "ADVOCACY", weekB.plusDays(1), List.of(network), 12, secret);
        log(south, "ADVOCACY", weekB.plusDays(2), List.of(southend), 3, secret);
        // week C: ecdp 4 alone
        log(ecdp, "ADVOCACY", weekC, List.of(network), 4, secret);
        // the loner: 20 in week A and 5 in week D, none of them pooled
        log(lonerStaff, "QUIET", WEEK_A.plusDays(1), List.of(lonerTheme), 20, secret);
        log(lonerStaff, "QUIET", weekD.plusDays(1), List.of(lonerTheme), 5, secret);

        String range = "from=" + WEEK_A + "&to=" + weekD.plusDays(6);
        List<Long> ecdpOwn = entries(ok(ecdp.get("api/trends/series?theme=" + network + "&" + range + "&interval=week")));
        List<Long> southOwn = entries(ok(southOfficer.get("api/trends/series?theme=" + southend + "&" + range
                + "&interval=week")));
        assertThat(ecdpOwn).containsExactly(12L, 12L, 4L, 0L);
        assertThat(southOwn).containsExactly(11L, 3L, 0L, 0L);
        assertThat(entries(ok(lonerOfficer.get("api/trends/series?theme=" + lonerTheme + "&" + range + "&interval=week"))))
                .containsExactly(20L, 0L, 0L, 5L);

        String path = "api/network/series?theme=" + network + "&" + range + "&interval=week";
        String pooled = ok(Http.portal(base).as("network").get(path));
        List<Map<String, Object>> weeks = jsonList(pooled);
        assertThat(weeks).extracting(w -> w.get("period")).containsExactly(WEEK_A.toString(), weekB.toString(), weekC.toString(), weekD.toString());
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            expected.add(shown(ecdpOwn.get(i), southOwn.get(i)));
        }
        assertThat(weeks).extracting(w -> w.get("entries") instanceof Number n ? (Object) n.longValue() : w.get("entries"))
                .as("the sum of each sharing organisation's own series, suppressed").containsExactlyElementsOf(expected)
                .containsExactly(23L, "<10", "<10", 0L);
        assertThat(weeks).extracting(w -> ((Number) w.get("organisations")).longValue()).containsExactly(2L, 2L, 1L, 0L);
        assertThat(ok(ecdp.get(path))).as("a sharing organisation's officer reads the same").isEqualTo(pooled);
        assertThat(ok(southOfficer.get(path))).isEqualTo(pooled);
        assertThat(weeks).allSatisfy(w -> assertThat(w).as("per week only: no total or running sum to subtract")
                .containsOnlyKeys("period", "entries", "organisations"));
        // overlapping ranges: each week is judged on its own, so it reads the same whatever range holds it
        List<Map<String, Object>> later = jsonList(ok(Http.portal(base).as("network").get("api/network/series?theme=" + network
                + "&from=" + weekB.plusDays(3) + "&to=" + weekD.plusDays(20) + "&interval=week")));
        List<Map<String, Object>> earlier = jsonList(ok(Http.portal(base).as("network").get("api/network/series?theme=" + network
                + "&from=" + WEEK_A.minusWeeks(2) + "&to=" + weekC + "&interval=week")));
        assertThat(later.subList(0, 3)).as("weeks B to D asked from B's Thursday").isEqualTo(weeks.subList(1, 4));
        assertThat(earlier.subList(2, 5)).as("weeks A to C asked from two weeks before").isEqualTo(weeks.subList(0, 3));

        assertThat(lonerOfficer.get(path).statusCode()).as("an officer of an organisation that does not share").isEqualTo(403);
        assertThat(lonerStaff.get(path).statusCode()).isEqualTo(403);
        assertThat(Http.portal(base).as("staff").get(path).statusCode()).isEqualTo(403);
        assertThat(Http.portal(base).as("southend-staff").get(path).statusCode()).isEqualTo(403);
        assertThat(lonerOfficer.get("api/network/detection?theme=" + network + "&" + range + "&method=ears").statusCode()).isEqualTo(403);

        List<String> answers = new ArrayList<>(List.of(pooled));
        for (String method : List.of("ears", "farrington")) {
            String detection = ok(Http.portal(base).as("network").get("api/network/detection?theme=" + network + "&" + range + "&method=" + method));
            answers.add(detection);
            List<Map<String, Object>> periods = jsonList(detection);
            for (Map<String, Object> p : periods) {
                assertThat(p).containsKeys("period", "observed", "expected", "upperBound", "alarm", "organisations");
                Object observed = p.get("observed");
                assertThat(observed instanceof Number n ? n.longValue() == 0 || n.longValue() >= 10 : "<10".equals(observed))
                        .as("a pooled count of 1-9 never shows: " + p).isTrue();
            }
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(secret).doesNotContain("Trend test"));
    }

    /**
     * A hidden count must not be narrowed by what the checks say: a period shown as "&lt;10" shows
     * no expected count, threshold or alarm, nor does any period whose check reads a hidden count
     * (EARS's mean over its baseline days would give a hidden day away by subtraction), in the
     * answer, on the page's table and among its alerts.
     */
    @Test
    void theChecksShowNothingWorkedOutFromAHiddenCountInTheAnswerTheTableOrTheAlerts() throws Exception {
        String s = suffix();
        String network = "OBW_" + s;
        Http ecdp = Http.portal(base).as("officer");
        theme(ecdp, network, "Observatory withheld " + s);
        mappedTheme(Http.portal(base).as("southend-officer"), "SOW_" + s, "Southend withheld " + s, network);
        Http south = Http.portal(base).as("southend-staff");
        log(ecdp, "ADVOCACY", LocalDate.of(2022, 1, 4), List.of(network), 10, "history"); // two years before: the weekly check judges
        LocalDate surge = LocalDate.of(2024, 5, 22);
        log(ecdp, "ADVOCACY", surge, List.of(network), 11, "surge");
        LocalDate hiddenDay = WEEK_A.plusDays(1);
        log(ecdp, "ADVOCACY", hiddenDay, List.of(network), 12, "hidden");
        log(south, "ADVOCACY", hiddenDay, List.of("SOW_" + s), 3, "hidden"); // 15 pooled, but ecdp could work out Southend's 3
        LocalDate afterIt = WEEK_A.plusDays(10);
        log(ecdp, "ADVOCACY", afterIt, List.of(network), 20, "after");

        Http admin = Http.portal(base).as("network");
        String detection = "api/network/detection?theme=" + network + "&method=";
        Map<String, Map<String, Object>> days = byPeriod(ok(admin.get(detection + "ears&from=2024-05-13&to=2024-06-30")));
        assertThat(days.get(surge.toString())).as("a shown day after a quiet baseline keeps its figures")
                .containsEntry("observed", 11L).containsEntry("expected", 0L).containsEntry("alarm", true);
        Map<String, Object> hidden = days.get(hiddenDay.toString());
        assertThat(hidden).as("the hidden day: its threshold and alarm would bound its count").containsEntry("observed", "<10")
                .containsEntry("expected", null).containsEntry("upperBound", null).containsEntry("alarm", null);
        assertThat(days.get(afterIt.toString())).as("its baseline holds the hidden day: its mean would give the day away")
                .containsEntry("observed", 20L).containsEntry("expected", null).containsEntry("upperBound", null).containsEntry("alarm", null);
        assertThat(days.get(WEEK_A.plusDays(15).toString())).as("once the hidden day has left its baseline")
                .containsEntry("observed", 0L).containsEntry("alarm", false).extracting(d -> d.get("expected")).isEqualTo(20.0 / 7);
        Map<String, Map<String, Object>> narrow = byPeriod(ok(admin.get(detection + "ears&from=" + WEEK_A.plusDays(8) + "&to=" + WEEK_A.plusDays(16))));
        assertThat(narrow).isNotEmpty();
        narrow.forEach((day, p) -> assertThat(p).as("the same day asked in another range: " + day).isEqualTo(days.get(day)));

        Map<String, Map<String, Object>> weeks = byPeriod(ok(admin.get(detection + "farrington&from=2024-05-13&to=2024-06-30")));
        assertThat(weeks.get(WEEK_A.toString())).containsEntry("observed", "<10").containsEntry("upperBound", null).containsEntry("alarm", null);
        assertThat(weeks.get(WEEK_A.plusWeeks(1).toString())).as("the weekly check reads the hidden week")
                .containsEntry("observed", 20L).containsEntry("upperBound", null).containsEntry("alarm", null);
        assertThat(weeks.get("2024-05-20")).as("a week whose check reads no hidden count").containsEntry("observed", 11L)
                .containsEntry("alarm", true).extracting(w -> w.get("upperBound")).isInstanceOf(Number.class);

        PageClient officer = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(officer.signIn("southend-officer", "demo").statusCode()).as("signed in").isEqualTo(302);
        String page = ok(officer.get("network/observatory.xhtml?theme=" + network + "&from=2024-05-13&to=2024-06-30"));
        assertThat(row(page, "3 Jun 2024")).as("the table: entries, organisations, threshold, alarm")
                .containsExactly("<10", "2", "Withheld", "Withheld");
        assertThat(row(page, "10 Jun 2024")).containsExactly("20", "1", "Withheld", "Withheld");
        assertThat(row(page, "20 May 2024")).containsExactly("11", "1", "0", "Yes");
        String alerts = text(section(page, "alerts"));
        assertThat(alerts).contains("Week of 20 May 2024: 11 entries", "22 May 2024: 11 entries")
                .doesNotContain("<10", "3 Jun 2024", "4 Jun 2024", "10 Jun 2024", "13 Jun 2024");
        assertThat(Pattern.compile("class=\"alarm-mark\"").matcher(page).results().count()).as("the chart marks only the week it may")
                .isEqualTo(1);
    }

    @Test
    void badParametersAre400NamingThem() throws Exception {
        Http admin = Http.portal(base).as("network");
        assertProblem(admin.get("api/network/series?theme=NO_SUCH_" + suffix() + "&from=2024-06-03&to=2024-06-30&interval=week"), 400, "theme");
        assertProblem(admin.get("api/network/series?from=2024-06-03&to=2024-06-30&interval=week"), 400, "theme");
        assertProblem(admin.get("api/network/series?theme=TRANSPORT&from=2024-13-03&to=2024-06-30&interval=week"), 400, "from");
        assertProblem(admin.get("api/network/series?theme=TRANSPORT&from=2024-06-30&to=2024-06-03&interval=week"), 400, "to");
        assertProblem(admin.get("api/network/series?theme=TRANSPORT&from=2024-06-03&to=2024-06-30&interval=month"), 400, "interval");
        assertProblem(admin.get("api/network/detection?theme=TRANSPORT&from=2024-06-03&to=2024-06-30&method=ears-c9"), 400, "method");
    }

    @Test
    void thePageIsInTheMenuReachableByKeyboardAxeCleanAndFitsAPhone() throws Exception {
        Browser browser = browsers.signedOut(base);
        browser.signInAs("southend-officer");
        WebElement link = browser.driver.findElement(By.id("nav-observatory"));
        link.click();
        browser.waitUntilGone(link);
        assertThat(browser.title()).contains("Network observatory");
        assertThat(browser.driver.findElements(By.id("poolTable"))).hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("observatory-1280");
        // keyboard: from the theme chooser, Tab reaches the dates and the button, and Enter shows the pool
        WebElement theme = browser.driver.findElement(By.id("o-theme"));
        theme.sendKeys(Keys.TAB);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            WebElement active = browser.driver.switchTo().activeElement();
            reached.add(active.getAttribute("id"));
            if ("showPool".equals(active.getAttribute("id"))) {
                active.sendKeys(Keys.ENTER);
                browser.waitUntilGone(active);
                break;
            }
            active.sendKeys(Keys.TAB);
        }
        assertThat(reached).contains("showPool");
        assertThat(browser.driver.findElements(By.id("poolTable"))).hasSize(1);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.open("network/observatory.xhtml");
        List<?> widths = (List<?>) ((JavascriptExecutor) browser.driver)
                .executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        browser.screenshot("observatory-390");
        assertThat(((Number) widths.get(0)).longValue()).as("no sideways scroll at 390 px").isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver.manage().window().setSize(new Dimension(1280, 900));

        browser.signInAs("staff");
        assertThat(browser.driver.findElements(By.id("nav-observatory"))).as("staff are not offered it").isEmpty();
    }

    /** What the pool shows for a week whose sharing organisations counted {@code parts}. */
    private static Object shown(long... parts) {
        long sum = 0;
        for (long p : parts) {
            sum += p;
        }
        if (sum == 0) {
            return 0L;
        }
        if (sum < 10) {
            return "<10";
        }
        for (long p : parts) {
            if (p > 0 && sum - p > 0 && sum - p < 10) {
                return "<10";
            }
        }
        return sum;
    }

    /** The detection answer by period. */
    private static Map<String, Map<String, Object>> byPeriod(String answer) {
        List<Map<String, Object>> periods = jsonList(answer);
        Map<String, Map<String, Object>> byPeriod = new java.util.LinkedHashMap<>();
        periods.forEach(p -> byPeriod.put((String) p.get("period"), p));
        return byPeriod;
    }

    /** The cells of the observatory table's row for the week of {@code week}, as text. */
    private static List<String> row(String page, String week) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + week + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(section(page, "poolTable"));
        assertThat(row.find()).as("a row for " + week).isTrue();
        return Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1)).results().map(m -> text(m.group(1))).toList();
    }

    /** The element with {@code id} and what follows it up to its own kind's closing tag. */
    private static String section(String page, String id) {
        Matcher m = Pattern.compile("<(\\w+) id=\"" + id + "\".*?</\\1>", Pattern.DOTALL).matcher(page);
        return m.find() ? m.group() : "";
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    private static List<Long> entries(String series) {
        List<Map<String, Object>> periods = jsonList(series);
        return periods.stream().map(p -> ((Number) p.get("entries")).longValue()).toList();
    }

    private static void log(Http as, String service, LocalDate day, List<String> themes, int times, String secret) throws Exception {
        for (int i = 0; i < times; i++) {
            entry(as, service, day, themes, 1, secret + " cannot get a taxi that takes a wheelchair");
        }
    }
}
