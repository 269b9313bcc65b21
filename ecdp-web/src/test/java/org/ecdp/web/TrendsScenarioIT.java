package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.jsonList;
import static org.ecdp.web.testing.JsonBody.jsonMap;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.web.testing.Eventually;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.SeededRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario, replayed through the officer's own doors: two years of the old
 * workbook across six services are imported; the night before the surge the scan finds
 * nothing; then, in one week, Access to Work entries surge from three services, logged one
 * by one as staff would. The alert is up by the surge's second working day (the scan after
 * each entry), the end-of-week scan adds the weekly Farrington alert (two years of history)
 * without doubling the daily ones, the officer opens a response to DWP from the alert, and
 * the response's evidence pack (XLSX, for publication) shows the surge week and hides every
 * count from 1 to 9.
 *
 * <p>The story is replayed at a random week of the last century, so it shares no day with the
 * demo's months, with other tests, or with an earlier run on the same database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrendsScenarioIT {

    private static final String[] SERVICES = {"ADVOCACY", "SUPPORT_PLANNING", "PAYROLL", "PEER_MENTORING", "SUPPORTED_HOUSING",
            "INFORMATION_LINE"};
    private static final String[] SURGE_SERVICES = {"ADVOCACY", "PAYROLL", "INFORMATION_LINE"};
    private static final String[] LOCALITIES = {"CHELMSFORD", "BASILDON", "COLCHESTER", "HARLOW", "TENDRING"};
    /** Access to Work on quiet working days: eight a week, never more than two a day. */
    private static final int[] QUIET = {2, 1, 2, 2, 1, 1, 2, 2, 1, 2};
    /** The surge, Monday to Friday. */
    private static final int[] SURGE = {6, 9, 11, 8, 7};
    private static final String[][] OTHER_THEMES = {{"TRANSPORT", "Accessible bus did not come again"},
            {"HATE_CRIME", "Shouted at in the town centre because of my wheelchair"},
            {"PIP", "PIP reassessment letter came with no explanation"},
            {"HOUSING", "Waiting for an adapted bathroom for over a year"}};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path dir;

    @RegisterExtension
    static final SeededRandom seeded = new SeededRandom();

    @Test
    void anAccessToWorkSurgeIsAlertedByItsSecondWorkingDayAndItsEvidencePackShowsItWithSmallCountsHidden() throws Exception {
        long started = System.nanoTime();
        Random random = seeded.random();
        LocalDate monday = LocalDate.of(1952, 1, 7).plusWeeks(random.nextInt(1200)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate friday = monday.plusDays(4);
        LocalDate fridayBefore = monday.minusDays(3);
        LocalDate packFrom = monday.minusWeeks(3);
        String marker = "scenario" + Integer.toString(random.nextInt(1 << 30), 36);

        // Two years (and a few weeks) of the old workbook: Access to Work at eight a week, four other themes, six services.
        Map<String, Long> atwByServiceInPack = new TreeMap<>();
        long atwInPack = 0;
        long atwPeopleInPack = 0;
        Path workbook = dir.resolve("old-log.xlsx");
        int rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(workbook)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            Map<String, Integer> next = new LinkedHashMap<>();
            for (String service : SERVICES) {
                Sheet sheet = wb.createSheet(service);
                Row header = sheet.createRow(0);
                String[] columns = {"Date", "Theme(s)", "Summary", "People", "Channel", "Locality"};
                for (int c = 0; c < columns.length; c++) {
                    header.createCell(c).setCellValue(columns[c]);
                }
                sheets.put(service, sheet);
                next.put(service, 1);
            }
            int i = 0;
            for (LocalDate day = monday.minusWeeks(110); day.isBefore(monday); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (int k = 0; k < QUIET[i % QUIET.length]; k++) {
                    String service = SERVICES[(i + k) % SERVICES.length];
                    int people = 1 + (i + k) % 2;
                    addRow(sheets.get(service), next, service, dateStyle, day, "Access to Work",
                            "Access to Work grant renewal delayed " + marker, people, LOCALITIES[(i + k) % LOCALITIES.length]);
                    rows++;
                    if (!day.isBefore(packFrom)) {
                        atwByServiceInPack.merge(service, 1L, Long::sum);
                        atwInPack++;
                        atwPeopleInPack += people;
                    }
                }
                for (int t = 0; t < OTHER_THEMES.length; t++) {
                    int count = (i * 7 + t) % 3;
                    for (int k = 0; k < count; k++) {
                        String service = SERVICES[(i + t + k) % SERVICES.length];
                        addRow(sheets.get(service), next, service, dateStyle, day, OTHER_THEMES[t][0],
                                OTHER_THEMES[t][1] + " " + marker, 1, LOCALITIES[(i + t) % LOCALITIES.length]);
                        rows++;
                    }
                }
                i++;
            }
            wb.write(out);
            wb.dispose();
        }
        HttpResponse<String> imported = officer().client().send(ImportLoad.importRequest(root(), workbook, false, "officer", "demo"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"imported\":" + rows);

        // The night before the surge: the scan judges every theme and finds Access to Work quiet.
        Map<String, Object> quietScan = postForMap("api/alerts/scans", "{\"day\":\"" + fridayBefore + "\"}", 200);
        assertThat(number(quietScan, "themes")).isGreaterThan(10);
        assertThat(alerts("ACCESS_TO_WORK", packFrom, fridayBefore)).as("no alert while Access to Work is at its usual level").isEmpty();

        // The surge: entries from three services, logged one by one through the API, Monday then Tuesday.
        Map<String, Long> surgeByService = new TreeMap<>();
        long surgePeople = 0;
        for (int d = 0; d < 2; d++) {
            surgePeople += logSurgeDay(monday.plusDays(d), SURGE[d], surgeByService, marker);
        }
        // the scan after each entry runs in the background, moments after the entry is stored
        List<Map<String, Object>> byTuesday = Eventually.poll(Duration.ofSeconds(30), Duration.ofMillis(200),
                () -> alerts("ACCESS_TO_WORK", monday, monday.plusDays(1)),
                answer -> !answer.isEmpty() && countsTheDay(answer.get(answer.size() - 1), monday));
        assertThat(byTuesday).as("the officer has an alert by the surge's second working day").isNotEmpty();
        Map<String, Object> alert = byTuesday.get(byTuesday.size() - 1);
        assertThat(alert.get("method")).isEqualTo("ears-c2");
        assertThat(alert.get("status")).isEqualTo("NEW");
        int alertDay = (int) (LocalDate.parse((String) alert.get("period")).toEpochDay() - monday.toEpochDay());
        assertThat(number(alert, "observed")).as("the alert counts the day's entries").isEqualTo(SURGE[alertDay]);
        assertThat(((Number) alert.get("upperBound")).doubleValue()).isLessThan(SURGE[alertDay]);
        assertThat(((Number) alert.get("expected")).doubleValue()).isBetween(1.0, 2.0);
        assertThat(getList("api/alerts?status=NEW")).extracting(a -> a.get("id")).contains(alert.get("id"));

        // The rest of the week, then the end-of-week scan.
        for (int d = 2; d < SURGE.length; d++) {
            surgePeople += logSurgeDay(monday.plusDays(d), SURGE[d], surgeByService, marker);
        }
        postForMap("api/alerts/scans", "{\"day\":\"" + friday + "\"}", 200);
        List<Map<String, Object>> week = alerts("ACCESS_TO_WORK", monday, friday);
        List<Map<String, Object>> weekly = week.stream().filter(a -> "farrington".equals(a.get("method"))).toList();
        assertThat(weekly).as("Farrington on the week, with two years of history behind it").hasSize(1);
        assertThat(weekly.get(0).get("period")).isEqualTo(monday.toString());
        assertThat(number(weekly.get(0), "observed")).isEqualTo(SURGE[0] + SURGE[1] + SURGE[2] + SURGE[3] + SURGE[4]);
        List<Object> dailyPeriods = week.stream().filter(a -> "ears-c2".equals(a.get("method"))).map(a -> a.get("period")).toList();
        assertThat(dailyPeriods).as("never two alerts for one theme, method and period").doesNotHaveDuplicates()
                .contains(alert.get("period"));

        // The officer opens a response to DWP from the alert.
        long alertId = number(alert, "id");
        HttpResponse<String> opened = post("api/alerts/" + alertId + "/response",
                "{\"title\":\"Access to Work: own PAs as drivers\",\"targetOrganisation\":\"DWP\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        Map<String, Object> response = jsonMap(opened.body());
        assertThat(response.get("themes")).isEqualTo(List.of("ACCESS_TO_WORK"));
        assertThat((List<?>) response.get("alerts")).extracting(a -> ((Number) a).longValue()).containsExactly(alertId);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/api/responses/" + number(response, "id"));
        assertThat(getMap("api/alerts/" + alertId).get("status")).isEqualTo("RESPONSE_OPENED");

        // ... and generates the response's evidence pack for publication.
        HttpResponse<byte[]> pack = officer().getBytes("api/evidence?response=" + number(response, "id") + "&from=" + packFrom
                + "&to=" + friday + "&format=xlsx");
        assertThat(pack.statusCode()).isEqualTo(200);
        DataFormatter cells = new DataFormatter();
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(pack.body()))) {
            Sheet summary = xlsx.getSheet("Summary");
            assertThat(text(cells, summary, 0, 1)).isEqualTo("Access to Work: own PAs as drivers");
            assertThat(text(cells, summary, 1, 1)).isEqualTo("Benefits › Access to Work");
            long entries = atwInPack + surgeByService.values().stream().mapToLong(Long::longValue).sum();
            assertThat(text(cells, summary, 4, 1)).isEqualTo(String.valueOf(entries));
            assertThat(text(cells, summary, 5, 1)).isEqualTo(String.valueOf(atwPeopleInPack + surgePeople));
            assertThat(text(cells, summary, 7, 1)).startsWith("Counts 1-9 shown as <10");

            Sheet weeks = xlsx.getSheet("Weekly");
            List<String> shown = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                shown.add(text(cells, weeks, r, 0) + " " + text(cells, weeks, r, 1));
            }
            assertThat(shown).as("three ordinary weeks of eight, hidden, then the surge week in full").containsExactly(
                    packFrom + " <10", packFrom.plusWeeks(1) + " <10", packFrom.plusWeeks(2) + " <10", monday + " 41");

            Sheet services = xlsx.getSheet("By service");
            Map<String, Long> trueEntries = new TreeMap<>(atwByServiceInPack);
            surgeByService.forEach((s, n) -> trueEntries.merge(s, n, Long::sum));
            int hidden = 0;
            for (int r = 1; r <= services.getLastRowNum() - 1; r++) {
                String label = text(cells, services, r, 0);
                String entriesShown = text(cells, services, r, 1);
                long actual = trueEntries.entrySet().stream().filter(e -> label.equalsIgnoreCase(e.getKey().replace('_', ' ')))
                        .mapToLong(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("unexpected service " + label));
                if (actual > 0 && actual < 10) {
                    assertThat(entriesShown).as(label + " has " + actual).isEqualTo("<10");
                } else {
                    assertThat(entriesShown).as(label).isIn(String.valueOf(actual), "<10");
                }
                hidden += entriesShown.equals("<10") ? 1 : 0;
                if (List.of(SURGE_SERVICES).contains(label.toUpperCase().replace(' ', '_'))) {
                    assertThat(entriesShown).as("a surge service's count is shown").isEqualTo(String.valueOf(actual));
                }
            }
            assertThat(hidden).as("never exactly one hidden count: it could be worked out from the total").isNotEqualTo(1);
            for (Sheet sheet : List.of(services, xlsx.getSheet("By locality"), weeks)) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() > 0) {
                            assertThat(cells.formatCellValue(cell)).as(sheet.getSheetName() + " row " + row.getRowNum())
                                    .doesNotMatch("[1-9]");
                        }
                    }
                }
            }
        }
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("the scenario stays quick").isLessThan(120);
    }

    private long logSurgeDay(LocalDate day, int count, Map<String, Long> byService, String marker) throws Exception {
        long people = 0;
        for (int k = 0; k < count; k++) {
            String service = SURGE_SERVICES[k % SURGE_SERVICES.length];
            int n = 1 + k % 3;
            String body = "{\"service\":\"" + service + "\",\"occurredOn\":\"" + day + "\",\"themes\":[\"ACCESS_TO_WORK\"],"
                    + "\"summary\":\"New Access to Work guidance stops my own PA driving me to work " + marker + "\","
                    + "\"peopleCount\":" + n + ",\"channel\":\"PHONE\",\"locality\":\"" + LOCALITIES[k % LOCALITIES.length] + "\"}";
            HttpResponse<String> logged = post("api/entries", body);
            assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
            byService.merge(service, 1L, Long::sum);
            people += n;
        }
        return people;
    }

    private static void addRow(Sheet sheet, Map<String, Integer> next, String service, CellStyle dateStyle, LocalDate day,
                               String theme, String summary, int people, String locality) {
        int index = next.merge(service, 1, Integer::sum) - 1;
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(day);
        row.getCell(0).setCellStyle(dateStyle);
        row.createCell(1).setCellValue(theme);
        row.createCell(2).setCellValue(summary);
        row.createCell(3).setCellValue(people);
        row.createCell(4).setCellValue("Phone");
        row.createCell(5).setCellValue(locality);
    }

    private static String text(DataFormatter formatter, Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        assertThat(r).as(sheet.getSheetName() + " row " + row).isNotNull();
        return formatter.formatCellValue(r.getCell(column));
    }

    /** Whether an alert's observed count is its whole day of the surge (the last scan of that day has run). */
    private static boolean countsTheDay(Map<String, Object> alert, LocalDate monday) {
        int day = (int) (LocalDate.parse((String) alert.get("period")).toEpochDay() - monday.toEpochDay());
        return day >= 0 && day < SURGE.length && number(alert, "observed") == SURGE[day];
    }

    private List<Map<String, Object>> alerts(String theme, LocalDate from, LocalDate to) throws Exception {
        return getList("api/alerts").stream().filter(a -> theme.equals(a.get("theme")))
                .filter(a -> !LocalDate.parse((String) a.get("period")).isBefore(from) && !LocalDate.parse((String) a.get("period")).isAfter(to))
                .sorted(java.util.Comparator.comparing(a -> (String) a.get("period")))
                .toList();
    }

    private Map<String, Object> postForMap(String path, String body, int status) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return jsonMap(response.body());
    }

    private List<Map<String, Object>> getList(String path) throws Exception {
        HttpResponse<String> response = officer().get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return jsonList(response.body());
    }

    private Map<String, Object> getMap(String path) throws Exception {
        HttpResponse<String> response = officer().get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return jsonMap(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return officer().post(path, body);
    }

    private Http officer() {
        return Http.portal(base).as("officer");
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
