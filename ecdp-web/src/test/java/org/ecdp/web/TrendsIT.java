package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.jsonList;
import static org.ecdp.web.testing.JsonBody.jsonMap;
import static org.ecdp.web.testing.LogApi.assertProblem;
import static org.ecdp.web.testing.LogApi.entry;
import static org.ecdp.web.testing.LogApi.subTheme;
import static org.ecdp.web.testing.LogApi.suffix;
import static org.ecdp.web.testing.LogApi.theme;

import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.web.testing.Eventually;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.PageClient;
import org.ecdp.web.testing.SeededRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trends and alerts through the API as the officer would use them: a theme's series
 * (zero-filled, weekends on Monday, sub-themes rolled up), detection's refusals, and the
 * Access to Work story: a quiet background, then a surge from three services, and the alert
 * is up by the surge's second working day. Each test uses its own themes or its own dates,
 * so it does not depend on the demo data or on another test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrendsIT {

    private static final String[] SERVICES = {"ADVOCACY", "SUPPORT_PLANNING", "PAYROLL"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final SeededRandom seeded = new SeededRandom();

    @Test
    void aSeriesHasEveryWorkingDayCountsWeekendsOnMondayAndRollsUpSubThemes() throws Exception {
        String suffix = suffix();
        String parent = "TP_" + suffix;
        String child = "TC_" + suffix;
        theme(officer(), parent, "Trend parent " + suffix);
        subTheme(officer(), child, "Trend child " + suffix, parent);
        LocalDate monday = LocalDate.of(2025, 3, 3);
        logEntry("ADVOCACY", monday, List.of(parent), 2);
        logEntry("PAYROLL", monday.plusDays(2), List.of(child), 1);
        logEntry("ADVOCACY", monday.plusDays(2), List.of(parent, child), 1); // both themes: counts once
        logEntry("ADVOCACY", monday.plusDays(5), List.of(child), 3); // Saturday: counts on the Monday after

        List<Map<String, Object>> days = getList("api/trends/series?theme=" + parent + "&from=" + monday + "&to=" + monday.plusDays(7) + "&interval=day");
        assertThat(days).extracting(p -> p.get("period")).containsExactly("2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06",
                "2025-03-07", "2025-03-10");
        assertThat(days).extracting(p -> number(p, "entries")).containsExactly(1L, 0L, 2L, 0L, 0L, 1L);
        assertThat(days).extracting(p -> number(p, "people")).containsExactly(2L, 0L, 2L, 0L, 0L, 3L);

        List<Map<String, Object>> childDays = getList("api/trends/series?theme=" + child + "&from=" + monday + "&to=" + monday.plusDays(7) + "&interval=day");
        assertThat(childDays).extracting(p -> number(p, "entries")).containsExactly(0L, 0L, 2L, 0L, 0L, 1L);

        List<Map<String, Object>> weeks = getList("api/trends/series?theme=" + parent + "&from=" + monday + "&to=" + monday.plusDays(13) + "&interval=week");
        assertThat(weeks).extracting(p -> p.get("period")).containsExactly("2025-03-03", "2025-03-10");
        assertThat(weeks).extracting(p -> number(p, "entries")).as("a week is ISO: its Saturday stays in it")
                .containsExactly(4L, 0L);
        assertThat(weeks).extracting(p -> number(p, "people")).containsExactly(7L, 0L);

        List<Map<String, Object>> advocacyOnly = getList("api/trends/series?theme=" + parent + "&service=ADVOCACY&from=" + monday
                + "&to=" + monday.plusDays(6) + "&interval=week");
        assertThat(advocacyOnly).extracting(p -> number(p, "entries")).containsExactly(3L);
    }

    @Test
    void badOrMissingParametersAre400NamingThemAndAnUnknownThemeIs404() throws Exception {
        String ok = "theme=TRANSPORT&from=2025-01-06&to=2025-01-31&interval=day&method=ears-c2";
        assertThat(get("api/trends/detection?" + ok).statusCode()).isEqualTo(200);
        assertProblem(get("api/trends/detection?" + ok.replace("theme=TRANSPORT&", "")), 400, "theme");
        assertProblem(get("api/trends/detection?" + ok.replace("2025-01-06", "2025-13-01")), 400, "from");
        assertProblem(get("api/trends/detection?" + ok.replace("interval=day", "interval=month")), 400, "interval");
        assertProblem(get("api/trends/detection?" + ok.replace("ears-c2", "ears-c9")), 400, "method");
        assertProblem(get("api/trends/detection?" + ok.replace("&method=ears-c2", "")), 400, "method");
        assertProblem(get("api/trends/detection?" + ok + "&baseline=seven"), 400, "baseline");
        assertProblem(get("api/trends/detection?" + ok + "&alpha=2"), 400, "alpha");
        assertProblem(get("api/trends/detection?" + ok + "&minSigma=-1"), 400, "minSigma");
        assertProblem(get("api/trends/detection?" + ok.replace("ears-c2", "farrington")), 400, "interval");
        assertProblem(get("api/trends/detection?" + ok.replace("TRANSPORT", "NO_SUCH_THEME_" + suffix())), 404, null);
        assertProblem(get("api/trends/series?theme=TRANSPORT&from=2025-01-06&interval=day"), 400, "to");
        assertProblem(get("api/trends/series?theme=TRANSPORT&from=2025-01-31&to=2025-01-06&interval=day"), 400, "to");
        assertProblem(get("api/trends/series?theme=TRANSPORT&from=2025-01-06&to=2025-01-31&interval=day&service=NOPE"), 400, "service");
        assertProblem(get("api/alerts?status=SHOUTING"), 400, "status");
        assertThat(get("api/trends/series?theme=TRANSPORT&from=2025-01-06&to=2025-01-31&interval=day", "staff").statusCode()).isEqualTo(403);
        assertThat(get("api/alerts", "staff").statusCode()).isEqualTo(403);
    }

    @Test
    void anAccessToWorkSurgeFromThreeServicesRaisesAnAlertByItsSecondWorkingDay() throws Exception {
        // A quiet stretch long before the demo's months, at a random week so reruns on one database do not meet.
        LocalDate start = LocalDate.now().minusWeeks(40 + seeded.random().nextInt(1500)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] quiet = {2, 1, 2, 3, 2};
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate day = start; workingDays.size() < 15; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                workingDays.add(day);
            }
        }
        int n = 0;
        for (int i = 0; i < workingDays.size(); i++) {
            for (int k = 0; k < quiet[i % quiet.length]; k++) {
                logEntry(SERVICES[n++ % 3], workingDays.get(i), List.of("ACCESS_TO_WORK"), 1);
            }
        }
        LocalDate lastQuietWeek = workingDays.get(10);

        LocalDate surgeMonday = start.plusWeeks(3);
        LocalDate surgeTuesday = surgeMonday.plusDays(1);
        for (LocalDate day : List.of(surgeMonday, surgeTuesday)) {
            for (int k = 0; k < 8; k++) {
                logEntry(SERVICES[k % 3], day, List.of("ACCESS_TO_WORK"), 1 + k % 2);
            }
        }

        // the scan after each entry runs in the background, in the order entries were logged
        List<Map<String, Object>> raised = eventually(() -> alertsFor("ACCESS_TO_WORK", surgeTuesday, surgeTuesday).stream()
                .filter(a -> number(a, "observed") == 8L).toList());
        assertThat(raised).as("an alert by the surge's second working day").isNotEmpty();
        assertThat(alertsFor("ACCESS_TO_WORK", lastQuietWeek, lastQuietWeek.plusDays(4)))
                .as("no alert in a quiet week whose baseline is all quiet (scanned before the surge)").isEmpty();
        Map<String, Object> alert = raised.get(0);
        assertThat(alert.get("method")).isEqualTo("ears-c2");
        assertThat(alert.get("status")).isEqualTo("NEW");
        assertThat(number(alert, "observed")).isEqualTo(8L);
        assertThat(((Number) alert.get("upperBound")).doubleValue()).isLessThan(8);
        assertThat(alert).containsKeys("id", "theme", "period", "method", "observed", "upperBound", "status");
        assertThat(eventually(() -> alertsFor("BENEFITS", surgeMonday, surgeTuesday))).as("the parent theme counts its sub-themes").isNotEmpty();
        assertThat(getList("api/alerts?status=NEW")).extracting(a -> a.get("id")).contains(alert.get("id"));

        List<Map<String, Object>> detection = getList("api/trends/detection?theme=ACCESS_TO_WORK&interval=day&method=ears-c2&minSigma=0.5&from="
                + surgeMonday + "&to=" + surgeTuesday);
        assertThat(detection).extracting(d -> d.get("period")).containsExactly(surgeMonday.toString(), surgeTuesday.toString());
        assertThat(detection).extracting(d -> d.get("alarm")).containsExactly(true, true);
        assertThat(detection).extracting(d -> number(d, "observed")).containsExactly(8L, 8L);
    }

    /**
     * A busy week everywhere: three times as many people heard, every theme up with them. On
     * counts Farrington alarms; per volume (offset=volume) it does not, while a week in which
     * this theme alone rose still alarms. The weekly alert scan judges VOLUME_IT per volume
     * (configured for the ITs in the POM) and the other theme on counts, and both the API and
     * the alerts page say which method raised each alert.
     */
    @Test
    void aBusyWeekEverywhereIsNoSpikePerVolumeAndAlertsSayWhichMethodRaisedThem() throws Exception {
        String theme = "VOLUME_IT";
        String other = "VOLUME_IT_OTHER";
        String themeName = "Volume adjusted test theme";
        String otherName = "Volume test other theme";
        for (String[] t : List.of(new String[] {theme, themeName}, new String[] {other, otherName})) {
            int status = post("api/themes", "{\"code\":\"" + t[0] + "\",\"name\":\"" + t[1] + "\"}").statusCode();
            assertThat(status).as("created, or there from an earlier run on this database").isIn(201, 409);
        }
        // 170 weeks at a random place long before any other test's entries, so reruns on one database do not meet
        LocalDate firstWeek = LocalDate.of(1905, 1, 2).plusWeeks(seeded.random().nextInt(1800));
        int weeks = 170;
        int busy = weeks - 1;
        int aloneRising = weeks - 3;
        int[] counts = new int[weeks];
        int[] others = new int[weeks];
        for (int i = 0; i < weeks; i++) {
            counts[i] = 2 + (i % 3 == 0 ? 1 : 0);
            others[i] = 6 + i % 4;
        }
        counts[aloneRising] = 9;
        counts[busy] = 7;
        others[busy] = 21;
        HttpResponse<String> imported = Http.portal(base).client().send(ImportLoad.importRequest(root(), weeksWorkbook(firstWeek, theme, counts, other,
                others), false, "officer", "demo"), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        LocalDate busyWeek = firstWeek.plusWeeks(busy);
        LocalDate aloneWeek = firstWeek.plusWeeks(aloneRising);
        String query = "api/trends/detection?theme=" + theme + "&interval=week&method=farrington&from=" + aloneWeek + "&to="
                + busyWeek.plusDays(4);

        HttpResponse<String> plainAnswer = get(query);
        List<Map<String, Object>> plain = jsonList(plainAnswer.body());
        List<Map<String, Object>> perVolume = getList(query + "&offset=volume");

        assertThat(plainAnswer.statusCode()).isEqualTo(200);
        assertThat(plain).allSatisfy(week -> assertThat(week.keySet())
                .as("without offset the answer is the v1 answer").containsExactlyInAnyOrder("period", "observed", "expected",
                        "upperBound", "alarm"));
        assertThat(plainAnswer.body()).doesNotContain("offset", "method");
        assertThat(plain).extracting(d -> d.get("period")).containsExactly(aloneWeek.toString(),
                aloneWeek.plusWeeks(1).toString(), busyWeek.toString());
        assertThat(plain).extracting(d -> d.get("alarm")).as("on counts both weeks alarm").containsExactly(true, false, true);
        assertThat(perVolume).extracting(d -> d.get("alarm")).as("per volume only the theme rising alone alarms")
                .containsExactly(true, false, false);
        assertThat(perVolume).extracting(d -> number(d, "observed")).containsExactly(9L, 3L, 7L);
        assertThat(perVolume).allSatisfy(week -> {
            assertThat(week.get("method")).isEqualTo("farrington");
            assertThat(week.get("offset")).isEqualTo("volume");
        });
        assertThat(((Number) perVolume.get(2).get("expected")).doubleValue()).as("a busy week expects more")
                .isGreaterThan(2 * ((Number) plain.get(2).get("expected")).doubleValue());
        assertThat(getList(query + "&offset=volume&service=ADVOCACY")).as("the service's volume is all of it here").isEqualTo(perVolume);
        assertThat(getList(query + "&offset=volume&locality=CHELMSFORD"))
                .as("nothing was heard in Chelmsford those years: no volume, no week judged").isEmpty();
        String chart = "trends/dashboard.xhtml?theme=" + theme + "&interval=week&from=" + aloneWeek + "&to=" + busyWeek.plusDays(4);
        assertThat(alarmRows(signedInPage(chart + "&method=farrington"))).as("the dashboard on counts: both weeks alarm").isEqualTo(2);
        String perVolumePage = signedInPage(chart + "&method=farrington-volume");
        assertThat(alarmRows(perVolumePage)).as("the dashboard given how many were heard: only the week it rose alone").isEqualTo(1);
        assertThat(perVolumePage).contains("Seasonal check, given how many we heard");
        assertProblem(get(query + "&offset=people"), 400, "offset");
        assertProblem(get(query.replace("method=farrington", "method=ears-c2") + "&offset=volume"), 400, "offset");

        HttpResponse<String> scan = post("api/alerts/scans", "{\"day\":\"" + busyWeek.plusDays(4) + "\"}");
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);

        List<Map<String, Object>> themeAlerts = weekly(alertsFor(theme, aloneWeek, busyWeek));
        assertThat(themeAlerts).extracting(a -> a.get("period")).as("per volume: the week it rose alone, not the busy week")
                .containsExactly(aloneWeek.toString());
        assertThat(themeAlerts.get(0)).containsEntry("method", "farrington").containsEntry("offset", "volume")
                .containsEntry("methodName", "weekly seasonal check, given how many were heard that week");
        List<Map<String, Object>> otherAlerts = weekly(alertsFor(other, busyWeek, busyWeek));
        assertThat(otherAlerts).as("the other theme is judged on counts: the busy week alarms").hasSize(1);
        assertThat(otherAlerts.get(0)).containsEntry("method", "farrington").containsEntry("offset", "none")
                .containsEntry("methodName", "weekly seasonal check");

        String page = alertsPage();
        assertThat(episode(page, themeName)).as("the alerts page says which method raised it")
                .contains("Found by the weekly seasonal check, given how many were heard that week.");
        assertThat(episode(page, otherName)).contains("Found by the ").contains("weekly seasonal check")
                .doesNotContain("given how many were heard");
    }

    @Test
    void offsetIsVolumeOrLeftOutAndOnlyForFarrington() throws Exception {
        String weekly = "api/trends/detection?theme=TRANSPORT&interval=week&from=2026-01-05&to=2026-03-01";
        assertProblem(get(weekly + "&method=farrington&offset=people"), 400, "offset");
        assertThat(get(weekly + "&method=farrington&offset=").statusCode()).as("blank is left out").isEqualTo(200);
        assertProblem(get(weekly + "&method=ears-c2&offset=volume"), 400, "offset");
        assertThat(get(weekly + "&method=farrington&offset=VOLUME").statusCode()).isEqualTo(200);
        assertProblem(get(weekly + "&method=farrington&offset=volume&service=NO_SUCH_SERVICE"), 400, "service");
    }

    /** Asks again for up to 30 s while the answer is empty. */
    private static <T> List<T> eventually(java.util.concurrent.Callable<List<T>> ask) throws Exception {
        return Eventually.await("the alerts asked for", Duration.ofSeconds(30), Duration.ofMillis(200), ask, answer -> !answer.isEmpty());
    }

    @Test
    void theOfficerReviewsDismissesWithAReasonOrOpensAResponseThroughTheApiAndIllegalMovesChangeNothing() throws Exception {
        String theme = "TA_" + suffix();
        theme(officer(), theme, "Alert handling " + theme);
        LocalDate start = LocalDate.now().minusWeeks(40 + seeded.random().nextInt(1500)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int day = 0;
        for (LocalDate d = start; day < 10; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                logEntry(SERVICES[day % 3], d, List.of(theme), 1);
                day++;
            }
        }
        LocalDate surgeMonday = start.plusWeeks(2);
        for (LocalDate d : List.of(surgeMonday, surgeMonday.plusDays(1))) {
            for (int k = 0; k < 6; k++) {
                logEntry(SERVICES[k % 3], d, List.of(theme), 1);
            }
        }
        List<Map<String, Object>> raised = eventually(() -> {
            List<Map<String, Object>> both = alertsFor(theme, surgeMonday, surgeMonday.plusDays(1));
            return both.size() == 2 ? both : List.<Map<String, Object>>of();
        });
        assertThat(raised).extracting(a -> a.get("period")).containsExactly(surgeMonday.plusDays(1).toString(), surgeMonday.toString());
        long monday = number(raised.get(1), "id");
        long tuesday = number(raised.get(0), "id");

        assertThat(post("api/alerts/" + monday + "/review", "", "staff").statusCode()).isEqualTo(403);
        assertProblem(post("api/alerts/999999999/review", ""), 404, null);
        Map<String, Object> reviewed = jsonMap(postOk("api/alerts/" + monday + "/review", ""));
        assertThat(reviewed.get("status")).isEqualTo("REVIEWED");
        assertProblem(post("api/alerts/" + monday + "/review", ""), 400, "status");

        assertProblem(post("api/alerts/" + monday + "/dismiss", "{}"), 400, "reason");
        assertProblem(post("api/alerts/" + monday + "/dismiss", "{\"reason\":\"   \"}"), 400, "reason");
        assertProblem(post("api/alerts/" + monday + "/dismiss", "{\"reason\":42}"), 400, "reason");
        assertThat(getMap("api/alerts/" + monday).get("status")).as("a refused dismissal changes nothing").isEqualTo("REVIEWED");
        Map<String, Object> dismissed = jsonMap(postOk("api/alerts/" + monday + "/dismiss",
                "{\"reason\":\"One family's calls logged by three services\"}"));
        assertThat(dismissed.get("status")).isEqualTo("DISMISSED");
        assertThat(dismissed.get("reason")).isEqualTo("One family's calls logged by three services");
        assertThat(getList("api/alerts?status=DISMISSED")).extracting(a -> a.get("id")).contains(dismissed.get("id"));
        int responsesBefore = getList("api/responses").size();
        assertProblem(post("api/alerts/" + monday + "/response", "{\"title\":\"Too late\",\"targetOrganisation\":\"DWP\"}"), 400, "status");
        assertProblem(post("api/alerts/" + monday + "/review", ""), 400, "status");

        assertProblem(post("api/alerts/" + tuesday + "/response", "{\"targetOrganisation\":\"DWP\"}"), 400, "title");
        assertThat(getMap("api/alerts/" + tuesday).get("status")).as("a refused response leaves the alert new").isEqualTo("NEW");
        assertThat(getList("api/responses")).as("and opens nothing").hasSize(responsesBefore);
        HttpResponse<String> opened = post("api/alerts/" + tuesday + "/response",
                "{\"title\":\"Alert handling " + theme + "\",\"targetOrganisation\":\"Essex County Council\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Map<String, Object> response = jsonMap(opened.body());
        assertThat(response.get("themes")).isEqualTo(List.of(theme));
        assertThat(response.get("targetOrganisation")).isEqualTo("Essex County Council");
        assertThat(getMap("api/responses/" + number(response, "id")).get("title")).isEqualTo("Alert handling " + theme);
        assertThat(getMap("api/alerts/" + tuesday).get("status")).isEqualTo("RESPONSE_OPENED");
        assertProblem(post("api/alerts/" + tuesday + "/dismiss", "{\"reason\":\"changed my mind\"}"), 400, "status");
        assertThat(getList("api/responses")).hasSize(responsesBefore + 1);
    }

    private List<Map<String, Object>> alertsFor(String theme, LocalDate from, LocalDate to) throws Exception {
        return getList("api/alerts").stream().filter(a -> theme.equals(a.get("theme")))
                .filter(a -> !LocalDate.parse((String) a.get("period")).isBefore(from) && !LocalDate.parse((String) a.get("period")).isAfter(to))
                .toList();
    }

    /** One sheet (Advocacy) of entries: week by week, {@code counts} entries under {@code theme} and {@code others} under {@code other}. */
    private static Path weeksWorkbook(LocalDate firstWeek, String theme, int[] counts, String other, int[] others) throws Exception {
        Path file = Files.createTempFile("volume-weeks", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Advocacy");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Date", "Theme(s)", "Summary", "People");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            int r = 1;
            for (int week = 0; week < counts.length; week++) {
                for (int k = 0; k < counts[week] + others[week]; k++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(firstWeek.plusWeeks(week).plusDays(k % 5));
                    row.getCell(0).setCellStyle(date);
                    row.createCell(1).setCellValue(k < counts[week] ? theme : other);
                    row.createCell(2).setCellValue("week " + week + " conversation " + k + " about the bus");
                    row.createCell(3).setCellValue(1);
                }
            }
            workbook.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private static List<Map<String, Object>> weekly(List<Map<String, Object>> alerts) {
        return alerts.stream().filter(a -> "week".equals(a.get("interval"))).toList();
    }

    /** The alerts page as the signed-in officer sees it. */
    private String alertsPage() throws Exception {
        return signedInPage("trends/alerts.xhtml");
    }

    /** A page as the signed-in officer sees it. */
    private String signedInPage(String path) throws Exception {
        PageClient browser = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(browser.signIn("officer", "demo").statusCode()).as("signed in").isEqualTo(302);
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    /** How many rows of the dashboard's detection table are marked as an alarm. */
    private static long alarmRows(String page) {
        return Pattern.compile("<tr class=\"alarm-row\"").matcher(page).results().count();
    }

    /** The text of the first episode on the alerts page whose title is the theme's name. */
    private static String episode(String page, String themeName) {
        Matcher item = Pattern.compile("<li class=\"episode card\".*?</li>", Pattern.DOTALL).matcher(page);
        while (item.find()) {
            if (item.group().contains("class=\"episode-title\">" + themeName + "<")) {
                return item.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
            }
        }
        throw new AssertionError("no episode of " + themeName + " on the alerts page");
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void logEntry(String service, LocalDate day, List<String> themes, int people) throws Exception {
        entry(officer(), service, day, themes, people, "Trend test: cannot use own PA to drive to work");
    }

    private Http officer() {
        return Http.portal(base).as("officer");
    }

    private List<Map<String, Object>> getList(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return jsonList(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "officer");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return Http.portal(base).as(user).get(path);
    }

    private String postOk(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private Map<String, Object> getMap(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return jsonMap(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, "officer");
    }

    private HttpResponse<String> post(String path, String body, String user) throws Exception {
        return Http.portal(base).as(user).post(path, body);
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }


}
