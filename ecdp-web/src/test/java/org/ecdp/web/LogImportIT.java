package org.ecdp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
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

    private long entriesMatching(String marker, String locality) throws Exception {
        HttpResponse<String> list = http.send(get("api/entries?size=1&q=" + marker + (locality == null ? "" : "&locality=" + locality),
                "officer"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        return number(TOTAL, list.body());
    }

    private HttpRequest get(String path, String user) {
        return HttpRequest.newBuilder(URI.create(root() + "/" + path)).header("Authorization", ImportLoad.basic(user, "demo")).build();
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

    /** Reads the audit trail straight from the portal's database (the URL the build gives both JVMs). */
    private static boolean auditedExport(String filterPart, int rows) throws Exception {
        String url = System.getenv("ECDP_DB_URL");
        String user = System.getenv().getOrDefault("ECDP_DB_USER", "sa");
        String password = System.getenv().getOrDefault("ECDP_DB_PASSWORD", "");
        try (Connection db = DriverManager.getConnection(url.replace("jdbc:mariadb:", "jdbc:mysql:"), user, password);
             PreparedStatement q = db.prepareStatement(
                     "SELECT actor, detail FROM audit_record WHERE action = 'entries.export' AND detail LIKE ?")) {
            q.setString(1, "%" + filterPart + "%");
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && "officer".equals(rs.getString(1)) && rs.getString(2).endsWith("rows=" + rows);
            }
        }
    }
}
