package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.PageClient;

/**
 * What the isolation matrix does as a user would, beyond single API calls: the old workbook
 * written, uploaded (checked or imported) and imported by its check's token; and a theme changed
 * on the officer's theme page (the only place a theme is renamed or moved).
 */
final class IsolationSteps {

    private static final Pattern BUTTON = Pattern.compile("<input[^>]*id=\"(listForm:themes:\\d+:edit)\"[^>]*>");

    private IsolationSteps() {
    }

    /** A workbook of one sheet ({@code service}) with {@code rows} rows on {@code day} under {@code theme}, each saying {@code word}. */
    static Path workbook(String service, LocalDate day, String theme, String word, int rows) throws IOException {
        Path file = Files.createTempFile("isolation-" + word, ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet(service);
            Row header = sheet.createRow(0);
            List<String> columns = List.of("Date", "Theme(s)", "Summary", "People", "Channel", "Locality");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(day);
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(theme);
                row.createCell(2).setCellValue("Lift out of order at the job centre " + word + " call " + i);
                row.createCell(3).setCellValue(1);
                row.createCell(4).setCellValue("Phone");
                row.createCell(5).setCellValue("Harlow");
            }
            workbook.write(out);
        }
        return file;
    }

    /** {@code POST /api/entries/import} of {@code file} (a dry run: {@code dryRun}) by {@code user}; the file is deleted after. */
    static HttpResponse<String> upload(URL base, Path file, boolean dryRun, String user, String password) throws Exception {
        try {
            String root = base.toString().replaceAll("/$", "");
            return Http.portal(base).client().send(ImportLoad.importRequest(root, file, dryRun, user, password),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@code POST /api/entries/import/checked/{token}} by {@code user}. */
    static HttpResponse<String> importChecked(URL base, String token, String user, String password) throws Exception {
        Http as = Http.portal(base).as(user, password);
        return as.send(as.request("api/entries/import/checked/" + token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * On the theme page, as the signed-in officer of {@code page}: "Change" on the theme named
     * {@code name}, then a new name and parent ({@code null}: top level) and "Save".
     */
    static void changeTheme(PageClient page, String name, String newName, String newParent) throws Exception {
        String edit = openChange(page, name);
        sentBack(page.post("log/themes.xhtml", "editForm=editForm&editForm%3AnewName=" + PageClient.enc(newName)
                + "&editForm%3AnewParent=" + (newParent == null ? "" : PageClient.enc(newParent))
                + "&editForm%3Aaliases=&editForm%3AmergeInto=&editForm%3AsaveTheme=Save&" + PageClient.tokens(edit)));
    }

    /** On the theme page: "Change" on the top-level theme named {@code name}, then "Merge" into the theme of code {@code into}. */
    static void mergeTheme(PageClient page, String name, String into) throws Exception {
        String edit = openChange(page, name);
        sentBack(page.post("log/themes.xhtml", "editForm=editForm&editForm%3AnewName=" + PageClient.enc(name)
                + "&editForm%3AnewParent=&editForm%3Aaliases=&editForm%3AmergeInto=" + PageClient.enc(into) + "&editForm%3Amerge=Merge&"
                + PageClient.tokens(edit)));
    }

    /** The theme page with the change form of the theme named {@code name} open. */
    private static String openChange(PageClient page, String name) throws Exception {
        String list = ok(page.get("log/themes.xhtml"));
        String button = null;
        Matcher m = BUTTON.matcher(list);
        while (m.find()) {
            if (m.group().contains("title=\"Change " + name + "\"")) {
                button = m.group(1);
            }
        }
        assertThat(button).as("the theme page offers to change " + name).isNotNull();
        String edit = ok(page.post("log/themes.xhtml", "listForm=listForm&" + PageClient.enc(button) + "=Change&" + PageClient.tokens(list)));
        assertThat(edit).as("the change form opened").contains("editForm:newName");
        return edit;
    }

    private static void sentBack(HttpResponse<String> done) {
        assertThat(done.statusCode()).as("done and sent back to the list: " + done.body()).isIn(302, 303);
    }

    private static String ok(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.uri() + " " + page.body()).isEqualTo(200);
        return page.body();
    }
}
