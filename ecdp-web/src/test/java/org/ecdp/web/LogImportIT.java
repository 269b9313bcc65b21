package org.ecdp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The old workbook's import and the log's export through the API, as the officer's scripts
 * use them: dry run, all-or-nothing, re-import adds nothing, whole-file refusals, who may
 * import; and an export that holds exactly the filtered rows and leaves an audit record.
 * Each test marks its rows with a word of its own and counts them through search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogImportIT {

    private static final Pattern IMPORTED = Pattern.compile("\"imported\":(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern CHECKED = Pattern.compile("\"checked\":\"([0-9a-f-]{36})\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDryRunSaysWhatWouldBeImportedAndImportsNothing() throws Exception {
        String marker = marker();
        Path workbook = workbook(marker, List.of(row("Transport", "CHELMSFORD"), row("Access to Work", "BASILDON"),
                row("HATE_CRIME", "")));

        HttpResponse<String> dryRun = upload(workbook, true, "officer");

        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(3, number(IMPORTED, dryRun.body()));
        assertTrue(dryRun.body().contains("\"rejected\":[]"), dryRun.body());
        assertEquals(0, entriesMatching(marker, null));
    }

    @Test
    void oneBadRowMeansNothingIsImportedAndTheRowIsNamed() throws Exception {
        String marker = marker();
        Path workbook = workbook(marker, List.of(row("Transport", "CHELMSFORD"), row("Transport", "HARLOW"),
                row("No such theme", "HARLOW"), row("Transport", "")));

        HttpResponse<String> refused = upload(workbook, false, "officer");

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(0, number(IMPORTED, refused.body()));
        assertTrue(refused.body().contains("\"field\":\"Theme(s)\""), refused.body());
        assertTrue(refused.body().contains("\"row\":4") && refused.body().contains("\"sheet\":\"Advocacy\""), refused.body());
        assertEquals(0, entriesMatching(marker, null), "not even the good rows are imported");
    }

    @Test
    void importingTheSameWorkbookAgainAddsNothing() throws Exception {
        String marker = marker();
        Path workbook = workbook(marker, List.of(row("Transport", "CHELMSFORD"), row("Transport", "CHELMSFORD"),
                row("Benefits", "TENDRING")));

        HttpResponse<String> first = upload(workbook, false, "officer");
        HttpResponse<String> again = upload(workbook, false, "officer");

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(3, number(IMPORTED, first.body()), "two identical rows stay two entries");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, number(IMPORTED, again.body()));
        assertEquals(3, entriesMatching(marker, null));
    }

    /**
     * Check, then import the very workbook that was checked without sending it again: the check
     * keeps it in the database (so that any instance can import it, see .ci/cluster-test.sh), the
     * import stores its rows once and forgets it, and a second import of the same check is refused
     * naming the file, adding nothing.
     */
    @Test
    void aCheckedWorkbookIsImportedFromTheDatabaseOnceWithoutSendingItAgain() throws Exception {
        String marker = marker();
        Path workbook = workbook(marker, List.of(row("Transport", "CHELMSFORD"), row("Benefits", "TENDRING")));

        HttpResponse<String> check = upload(workbook, true, "officer");
        Matcher token = CHECKED.matcher(check.body());

        assertEquals(200, check.statusCode(), check.body());
        assertTrue(token.find(), "a check without rejected rows names the kept workbook: " + check.body());
        assertEquals(1, keptWorkbooks(token.group(1)), "the checked workbook is kept in the database");
        assertEquals(0, entriesMatching(marker, null));

        HttpResponse<String> imported = importChecked(token.group(1), "officer");
        HttpResponse<String> again = importChecked(token.group(1), "officer");

        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, number(IMPORTED, imported.body()));
        assertEquals(2, entriesMatching(marker, null));
        assertEquals(0, keptWorkbooks(token.group(1)), "an imported workbook is forgotten");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("check it again") && again.body().contains("\"file\""), again.body());
        assertEquals(2, entriesMatching(marker, null), "the second import added nothing");
        assertEquals(403, importChecked(token.group(1), "staff").statusCode(), "staff cannot import");
    }

    /**
     * The same check imported twice at once (a double click whose two requests reach two instances,
     * where the imports' in-process turn does not reach): one imports it, the other is told at once
     * that it is no longer kept, and its rows are stored once.
     */
    @Test
    void aCheckImportedTwiceAtOnceIsImportedOnce() throws Exception {
        String marker = marker();
        Path workbook = workbook(marker, List.of(row("Transport", "CHELMSFORD"), row("Transport", "HARLOW"),
                row("Benefits", "TENDRING")));
        Matcher token = CHECKED.matcher(upload(workbook, true, "officer").body());
        assertTrue(token.find());

        var first = http.sendAsync(Http.portal(base).as("officer").request("api/entries/import/checked/" + token.group(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = importChecked(token.group(1), "officer");

        List<Integer> codes = java.util.stream.Stream.of(first.get().statusCode(), second.statusCode()).sorted().toList();
        assertEquals(List.of(200, 400), codes, first.get().body() + " / " + second.body());
        assertEquals(3, entriesMatching(marker, null));
    }

    @Test
    void aRefusedCheckKeepsNothingToImport() throws Exception {
        Path workbook = workbook(marker(), List.of(row("No such theme", "HARLOW")));

        HttpResponse<String> check = upload(workbook, true, "officer");

        assertEquals(200, check.statusCode(), check.body());
        assertTrue(check.body().contains("\"row\":2"), check.body());
        assertTrue(!CHECKED.matcher(check.body()).find(), "nothing to import, so nothing kept: " + check.body());
    }

    /**
     * A list's totals come from the day counts, which the import writes once for all its batches:
     * after importing more rows than one batch, and then a workbook holding those rows again plus
     * as many new ones on the same days, the counts still equal counting the entries.
     */
    @Test
    void anImportOfSeveralBatchesKeepsTheDayCountsEqualToCountingTheEntries() throws Exception {
        String marker = marker();
        LocalDate from = LocalDate.now().minusYears(7).minusDays(new java.util.Random().nextInt(2000));
        LocalDate to = from.plusDays(9);
        List<String> themes = List.of("Access to Work", "Benefits", "Transport", "Access to Work; Transport");

        HttpResponse<String> first = upload(days(marker, from, themes, 1_200, 0), false, "officer");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(1_200, number(IMPORTED, first.body()));
        assertEquals(countedFromEntries(from, to), storedCounts(from, to));
        assertEquals(facetsCountedFromEntries(from, to), storedFacetCounts(from, to));

        HttpResponse<String> more = upload(days(marker, from, themes, 2_500, 0), false, "officer");
        assertEquals(200, more.statusCode(), more.body());
        assertEquals(1_300, number(IMPORTED, more.body()), "the first 1,200 rows were imported before");
        assertEquals(2_500, entriesMatching(marker, null));
        assertEquals(countedFromEntries(from, to), storedCounts(from, to));
        assertEquals(2_500 / 4 * 3, total("theme=BENEFITS&from=" + from + "&to=" + to),
                "Benefits counts its own rows and Access to Work's, each entry once");
        assertEquals(facetsCountedFromEntries(from, to), storedFacetCounts(from, to));
        assertEquals(entriesMatching(marker, "HARLOW"), total("locality=HARLOW&from=" + from + "&to=" + to),
                "a locality's total from the counts split by locality equals counting its entries");
    }

    /** {@code rows} rows over ten days from {@code from}, cycling through {@code themes}; people 1 to 3. */
    private Path days(String marker, LocalDate from, List<String> themes, int rows, int offset) throws IOException {
        Path file = dir.resolve(marker + "-" + rows + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Advocacy");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Date", "Theme(s)", "Summary", "People", "Channel", "Locality");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(from.plusDays(i % 10));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(themes.get(i % themes.size()));
                row.createCell(2).setCellValue("Conversation " + (offset + i) + " about the bus " + marker);
                row.createCell(3).setCellValue(1 + i % 3);
                row.createCell(4).setCellValue(i % 2 == 0 ? "Phone" : "Email");
                row.createCell(5).setCellValue(List.of("CHELMSFORD", "HARLOW", "").get(i % 3));
            }
            workbook.write(out);
        }
        return file;
    }

    private long total(String query) throws Exception {
        HttpResponse<String> list = http.send(get("api/entries?size=1&" + query, "officer"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        return number(TOTAL, list.body());
    }

    private static java.util.Set<String> storedCounts(LocalDate from, LocalDate to) throws Exception {
        return rows("SELECT theme_id, service_id, CONCAT(occurred_on, '#', slot), entries, people FROM entry_day_count"
                + " WHERE occurred_on BETWEEN ? AND ? AND entries <> 0", from, to);
    }

    private static java.util.Set<String> countedFromEntries(LocalDate from, LocalDate to) throws Exception {
        return rows("SELECT 0, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*), SUM(e.people_count) FROM log_entry e"
                + " WHERE e.deleted = FALSE AND e.occurred_on BETWEEN ? AND ? GROUP BY e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))"
                + " UNION ALL SELECT x.theme_id, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*), SUM(e.people_count) FROM log_entry e"
                + " JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et UNION SELECT et.entry_id, t.parent_id FROM entry_theme et"
                + " JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x ON x.entry_id = e.id"
                + " WHERE e.deleted = FALSE AND e.occurred_on BETWEEN ? AND ? GROUP BY x.theme_id, e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))",
                from, to, from, to);
    }

    /** The counts split by channel and locality, as facet/value/theme/service/day. */
    private static java.util.Set<String> storedFacetCounts(LocalDate from, LocalDate to) throws Exception {
        return rows("SELECT CONCAT(facet, '/', facet_value, '/', theme_id), service_id, CONCAT(occurred_on, '#', slot), entries, people"
                + " FROM entry_facet_day_count WHERE occurred_on BETWEEN ? AND ? AND entries <> 0", from, to);
    }

    private static java.util.Set<String> facetsCountedFromEntries(LocalDate from, LocalDate to) throws Exception {
        String themed = " JOIN (SELECT et.entry_id, et.theme_id FROM entry_theme et UNION SELECT et.entry_id, t.parent_id FROM entry_theme et"
                + " JOIN theme t ON t.id = et.theme_id WHERE t.parent_id IS NOT NULL) x ON x.entry_id = e.id";
        StringBuilder sql = new StringBuilder();
        for (String facet : List.of("channel", "locality")) {
            for (boolean byTheme : List.of(false, true)) {
                sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT CONCAT('").append(facet.toUpperCase(Locale.ROOT))
                        .append("/', e.").append(facet).append(", '/', ").append(byTheme ? "x.theme_id" : "0")
                        .append("), e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4)), COUNT(*), SUM(e.people_count) FROM log_entry e")
                        .append(byTheme ? themed : "").append(" WHERE e.deleted = FALSE AND e.").append(facet)
                        .append(" IS NOT NULL AND e.occurred_on BETWEEN ? AND ? GROUP BY e.").append(facet)
                        .append(byTheme ? ", x.theme_id" : "").append(", e.service_id, CONCAT(e.occurred_on, '#', MOD(e.id, 4))");
            }
        }
        return rows(sql.toString(), from, to, from, to, from, to, from, to);
    }

    private static java.util.Set<String> rows(String sql, LocalDate... days) throws Exception {
        java.util.Set<String> rows = new java.util.TreeSet<>();
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < days.length; i++) {
                s.setObject(i + 1, days[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3) + ": " + rs.getLong(4) + " entries, "
                            + rs.getLong(5) + " people");
                }
            }
        }
        assertTrue(rows.size() >= 10 * 4, "ten days, each with all themes, Benefits and Transport: " + rows);
        return rows;
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedNamingTheFile() throws Exception {
        Path csv = dir.resolve("log.xlsx");
        Files.writeString(csv, "Date,Theme(s),Summary\n2026-03-04,Transport,Bus ramp broken\n");

        HttpResponse<String> refused = upload(csv, false, "officer");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("\"field\":\"file\""), refused.body());
    }

    @Test
    void staffCannotImport() throws Exception {
        Path workbook = workbook(marker(), List.of(row("Transport", "CHELMSFORD")));

        assertEquals(403, upload(workbook, true, "staff").statusCode());
    }

    @Test
    void anExportHoldsExactlyTheFilteredEntriesWithoutAuthorsAndIsAudited() throws Exception {
        String marker = marker();
        Path workbook = workbook(marker, List.of(row("Transport", "CHELMSFORD"), row("Transport", "CHELMSFORD"),
                row("Transport", "HARLOW"), row("Benefits", "CHELMSFORD")));
        assertEquals(200, upload(workbook, false, "officer").statusCode());

        HttpResponse<String> csv = http.send(get("api/entries/export?format=csv&locality=CHELMSFORD&q=" + marker, "officer"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFid,service,occurredOn,themes,summary,peopleCount,channel,locality,impairmentGroup", lines.get(0));
        assertEquals(entriesMatching(marker, "CHELMSFORD"), lines.size() - 1);
        assertEquals(3, lines.size() - 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",CHELMSFORD,") && l.contains(marker)), csv.body());
        assertTrue(lines.stream().noneMatch(l -> l.contains("officer")), "no author in an export");
        assertTrue(auditedExport("q=" + marker, 3), "the export is in the audit trail with its filter and rows");
    }

    // --- helpers

    private static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    private record Line(String theme, String locality) {
    }

    private static Line row(String theme, String locality) {
        return new Line(theme, locality);
    }

    private Path workbook(String marker, List<Line> lines) throws IOException {
        Path file = dir.resolve(marker + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Advocacy");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Date", "Theme(s)", "Summary", "People", "Channel", "Locality", "Notes");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(LocalDate.now().minusDays(3));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(lines.get(i).theme());
                row.createCell(2).setCellValue("Bus ramp broken again " + marker);
                row.createCell(3).setCellValue(1);
                row.createCell(4).setCellValue("Phone");
                row.createCell(5).setCellValue(lines.get(i).locality());
                row.createCell(6).setCellValue("ignored column");
            }
            workbook.write(out);
        }
        return file;
    }

    private HttpResponse<String> upload(Path file, boolean dryRun, String user) throws Exception {
        return http.send(ImportLoad.importRequest(root(), file, dryRun, user, "demo"), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> importChecked(String token, String user) throws Exception {
        return http.send(Http.portal(base).as(user).request("api/entries/import/checked/" + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** How many workbooks the database keeps under {@code token}. */
    private static int keptWorkbooks(String token) throws Exception {
        try (Connection db = database();
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM checked_workbook WHERE token = ?")) {
            q.setString(1, token);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long entriesMatching(String marker, String locality) throws Exception {
        HttpResponse<String> list = http.send(get("api/entries?size=1&q=" + marker + (locality == null ? "" : "&locality=" + locality),
                "officer"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        return number(TOTAL, list.body());
    }

    private HttpRequest get(String path, String user) {
        return Http.portal(base).as(user).request(path).GET().build();
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static long number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    /** The portal's database, straight (the URL the build gives both JVMs). */
    private static Connection database() throws java.sql.SQLException {
        String url = System.getenv("ECDP_DB_URL");
        String user = System.getenv().getOrDefault("ECDP_DB_USER", "sa");
        String password = System.getenv().getOrDefault("ECDP_DB_PASSWORD", "");
        return DriverManager.getConnection(url.replace("jdbc:mariadb:", "jdbc:mysql:"), user, password);
    }

    /** Reads the audit trail straight from the portal's database. */
    private static boolean auditedExport(String filterPart, int rows) throws Exception {
        try (Connection db = database();
             PreparedStatement q = db.prepareStatement(
                     "SELECT actor, detail FROM audit_record WHERE action = 'entries.export' AND detail LIKE ?")) {
            q.setString(1, "%" + filterPart + "%");
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && "officer".equals(rs.getString(1)) && rs.getString(2).endsWith("rows=" + rows);
            }
        }
    }
}
