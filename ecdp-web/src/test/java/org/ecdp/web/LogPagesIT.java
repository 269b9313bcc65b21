package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;

import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lived experience log's own pages in a real browser: the workbook import's check, its progress and
 * its single import however often it is sent, and editing an entry; also the availability grid of
 * the volunteer form, and the portal's icon.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path dir;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = browsers.signedOut(base);
    }

    @Test
    void theImportCheckListsEveryRejectedRowAndImportsNothingUntilTheWorkbookIsFixed() throws Exception {
        String word = "imp" + UUID.randomUUID().toString().substring(0, 6);
        String day = LocalDate.now().minusDays(3).toString();
        List<String[]> rows = List.of(
                new String[] {day, "Transport", "Ramp broken on the 42 bus " + word, "2"},
                new String[] {day, "No such theme", "Taxi refused my assistance dog " + word, "1"},
                new String[] {day, "Transport", "Call Mrs Patel on 07700 900123 about the bus " + word, "1"},
                new String[] {"2999-01-01", "Transport", "From the future " + word, "1"});
        browser.signInAs("officer");
        browser.open("log/import.xhtml");
        upload(workbook("bad.xlsx", rows));

        assertThat(browser.driver.findElement(By.id("rejectedCount")).getText()).isEqualTo("3");
        assertThat(browser.driver.findElement(By.id("validCount")).getText()).isEqualTo("1");
        List<WebElement> rejected = browser.driver.findElements(By.cssSelector("#rejections tbody tr"));
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0).getText()).startsWith("Advocacy 3 Theme(s)").contains("No such theme");
        assertThat(rejected.get(1).getText()).startsWith("Advocacy 4 Summary").contains("personal data").doesNotContain("900123");
        assertThat(rejected.get(2).getText()).startsWith("Advocacy 5 Date");
        assertThat(browser.text()).contains("Nothing will be imported until every rejected row is fixed");
        assertThat(browser.present("confirm:import")).as("no import button while rows are rejected").isFalse();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("log-import-rejections");
        assertThat(total("q=" + word)).as("a check imports nothing").isZero();

        upload(workbook("fixed.xlsx", List.of(rows.get(0), new String[] {day, "Transport", "Taxi refused my assistance dog " + word, "1"})));
        assertThat(browser.driver.findElement(By.id("rejectedCount")).getText()).isEqualTo("0");
        WebElement importButton = browser.driver.findElement(By.id("confirm:import"));
        assertThat(importButton.getAttribute("value")).isEqualTo("Import 2 entries");
        importButton.sendKeys(Keys.ENTER);
        browser.waitUntilGone(importButton);
        assertThat(browser.text()).contains("2");
        assertThat(total("q=" + word)).isEqualTo(2);
        browser.screenshot("log-import-done");
    }

    @Test
    void anAuthorEditsAnEntryByKeyboardAnInvalidEditKeepsWhatWasTypedAndTheOfficerSeesTheHistory() throws Exception {
        String word = "ed" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api("staff", "POST", "api/entries", """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Bus ramp broken %s","peopleCount":1}"""
                .formatted(LocalDate.now().minusDays(1), word));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY&q=" + word);
        WebElement edit = browser.driver.findElement(By.cssSelector("[id$=':edit']"));
        edit.sendKeys(Keys.ENTER);
        WebElement heading = new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("editHeading")));
        assertThat(browser.driver.switchTo().activeElement()).as("focus moves to the edit form's heading").isEqualTo(heading);

        browser.driver.findElement(By.id("edit:summary")).clear();
        browser.driver.findElement(By.id("edit:peopleCount")).clear();
        browser.driver.findElement(By.id("edit:peopleCount")).sendKeys("2");
        browser.driver.findElement(By.id("edit:personRef")).sendKeys("M-4821");
        WebElement save = browser.driver.findElement(By.id("edit:saveEdit"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("Summary");
        assertThat(browser.driver.findElement(By.id("edit:peopleCount")).getAttribute("value")).as("what was typed is kept").isEqualTo("2");
        assertThat(browser.driver.findElement(By.id("edit:personRef")).getAttribute("value")).isEqualTo("M-4821");
        browser.screenshot("log-edit-error");

        browser.driver.findElement(By.id("edit:summary")).sendKeys("Bus ramp broken twice this week " + word);
        save = browser.driver.findElement(By.id("edit:saveEdit"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        HttpResponse<String> after = api("staff", "GET", "api/entries/" + id, null);
        assertThat(after.body()).contains("twice this week").contains("\"peopleCount\":2");

        browser.signInAs("officer");
        browser.open("log/entries.xhtml?q=" + word);
        WebElement history = browser.driver.findElement(By.cssSelector("[id$=':history']"));
        history.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("historyHeading")));
        assertThat(browser.text()).contains("Created by Sam Staff").contains("Edited by Sam Staff");
        browser.screenshot("log-entry-history");
    }

    @Test
    void aFilterNamingNoThemeOrLocalityIsSaidBesideItInsteadOfAnErrorPage() {
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY&theme=NO_SUCH_THEME");
        assertThat(browser.driver.getTitle()).startsWith("Lived experience log");
        WebElement theme = browser.driver.findElement(By.id("f-theme"));
        assertThat(theme.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id(theme.getAttribute("aria-describedby"))).getText()).contains("NO_SUCH_THEME");
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("no entries are listed");
        assertThat(browser.driver.findElements(By.id("export:exportCsv"))).as("no download of a filter that cannot be applied").isEmpty();
        assertThat(browser.driver.findElement(By.id("f-channel")).getAttribute("aria-invalid")).as("the channel was fine").isNull();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("log-bad-filter");

        browser.open("log/entries.xhtml?service=ADVOCACY&locality=ATLANTIS");
        WebElement locality = browser.driver.findElement(By.id("f-locality"));
        assertThat(locality.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id(locality.getAttribute("aria-describedby"))).getText()).contains("ATLANTIS");
        assertThat(browser.driver.findElement(By.id("f-theme")).getAttribute("aria-invalid")).isNull();

        // a hand-edited date in a bookmark is named beside its field; the other filters stay as they were
        browser.open("log/entries.xhtml?service=ADVOCACY&theme=ACCESS_TO_WORK&from=2026-13-40&channel=PHONE");
        WebElement from = browser.driver.findElement(By.id("f-from"));
        assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id(from.getAttribute("aria-describedby"))).getText())
                .contains("From \"2026-13-40\" is not a date");
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("no entries are listed")
                .contains("2026-13-40");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("f-theme"))).getFirstSelectedOption()
                .getAttribute("value")).as("the theme chosen is kept").isEqualTo("ACCESS_TO_WORK");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("f-channel"))).getFirstSelectedOption()
                .getAttribute("value")).as("the channel chosen is kept").isEqualTo("PHONE");
        assertThat(browser.driver.findElement(By.id("f-to")).getAttribute("aria-invalid")).as("no 'to' was given").isNull();

        browser.open("log/entries.xhtml?service=ADVOCACY");
        assertThat(browser.driver.findElements(By.cssSelector("[role=alert]"))).as("good filters say nothing").isEmpty();
        assertThat(browser.driver.findElements(By.id("export:exportCsv"))).hasSize(1);
    }

    @Test
    void aCoordinatorTicksTimesInTheAvailabilityGridByKeyboardAndReadsThemBackInWords() throws Exception {
        String name = "Grid Volunteer " + UUID.randomUUID().toString().substring(0, 6);
        browser.signInAs("coordinator");
        browser.open("mentoring/volunteer.xhtml");
        assertTheGridIsAWeekOfMorningsAfternoonsAndEvenings();

        // by keyboard only: from the last box before the grid, Tab enters it at Monday morning and moves along the week
        List<WebElement> lived = browser.driver.findElements(By.cssSelector("input[name='volunteer:livedExperience']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].focus();", lived.get(lived.size() - 1));
        WebElement focused = tab(1);
        assertThat(focused.getAccessibleName()).isEqualTo("Monday morning");
        focused = tab(5);
        assertThat(focused.getAccessibleName()).isEqualTo("Tuesday evening");
        focused.sendKeys(Keys.SPACE);
        focused = tab(4);
        assertThat(focused.getAccessibleName()).isEqualTo("Thursday morning");
        focused.sendKeys(Keys.SPACE);
        assertThat(ticked()).containsExactly("Tuesday evening", "Thursday morning");

        // an error elsewhere keeps the ticks
        WebElement save = browser.driver.findElement(By.id("volunteer:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("Name: Enter the volunteer's name");
        assertThat(ticked()).as("what was ticked stays after an error").containsExactly("Tuesday evening", "Thursday morning");
        assertTheGridIsAWeekOfMorningsAfternoonsAndEvenings();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("mentoring-volunteer-grid", By.cssSelector("table.availability-grid"));
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            List<?> grid390 = (List<?>) js("const g = document.querySelector('.availability-scroll'); return [g.scrollWidth, g.clientWidth];");
            assertThat(((Number) grid390.get(0)).longValue()).as("the whole week fits a 390 px phone, no scrolling inside the grid either")
                    .isLessThanOrEqualTo(((Number) grid390.get(1)).longValue());
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }

        browser.driver.findElement(By.id("volunteer:name")).sendKeys(name);
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("volunteer:district"))).selectByValue("CHELMSFORD");
        save = browser.driver.findElement(By.id("volunteer:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains(name + " is registered as a volunteer.");
        WebElement row = browser.driver.findElement(By.xpath("//table[@id='volunteers']//tr[contains(th, '" + name + "')]"));
        assertThat(row.findElement(By.className("free-times")).getText()).isEqualTo("Tuesday evening, Thursday morning");
        assertThat(row.findElement(By.tagName("th")).getAttribute("textContent")).isEqualTo(name + ", Chelmsford, active");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("mentoring-volunteers", By.xpath("//table[@id='volunteers']//tr[contains(th, '" + name + "')]"));

        // reopened, the same two are ticked; the API still speaks in codes
        WebElement change = row.findElement(By.tagName("a"));
        assertThat(change.getAccessibleName()).isEqualTo("Change the details of " + name);
        change.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Change the details"));
        assertThat(ticked()).containsExactly("Tuesday evening", "Thursday morning");
        assertThat(browser.driver.findElement(By.id("volunteer:name")).getAttribute("value")).isEqualTo(name);
        HttpResponse<String> api = api("coordinator", "GET", "api/mentoring/volunteers?size=500", null);
        // read as JSON: the order of an object's fields is not part of the contract
        jakarta.json.JsonObject volunteer = json(api.body())
                .getJsonArray("items").stream().map(jakarta.json.JsonObject.class::cast)
                .filter(v -> v.getString("name").equals(name)).findFirst().orElseThrow();
        assertThat(volunteer.getJsonArray("availability").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("TUE_EVE", "THU_AM");

        // a change: Thursday morning off, Sunday evening on
        box("Thursday morning").sendKeys(Keys.SPACE);
        box("Sunday evening").sendKeys(Keys.SPACE);
        save = browser.driver.findElement(By.id("volunteer:save"));
        assertThat(save.getAttribute("value")).isEqualTo("Save the changes");
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains(name + "'s details are saved.");
        row = browser.driver.findElement(By.xpath("//table[@id='volunteers']//tr[contains(th, '" + name + "')]"));
        assertThat(row.findElement(By.className("free-times")).getText()).isEqualTo("Tuesday evening, Sunday evening");
    }

    @Test
    void aCheckAndAnImportShowTheirProgressAndTheWorkbookIsImportedOnceHoweverOftenItIsSent() throws Exception {
        String word = "busy" + UUID.randomUUID().toString().substring(0, 6);
        Path workbook = workbook("busy.xlsx", rows(300, "Ramp broken on route number", word));
        browser.signInAs("officer");
        browser.open("log/import.xhtml");
        browser.driver.findElement(By.id("upload:file")).sendKeys(workbook.toAbsolutePath().toString());

        // the moment "Check" is pressed: disabled, a second submit swallowed, the progress said in a polite live region
        WebElement status = browser.driver.findElement(By.id("upload:check-busy"));
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getText()).isEmpty();
        @SuppressWarnings("unchecked")
        List<Object> pressed = (List<Object>) js("""
                const button = document.getElementById('upload:check');
                button.click();
                const again = new Event('submit', {bubbles: true, cancelable: true});
                button.form.dispatchEvent(again);
                button.click();
                const state = [button.disabled, again.defaultPrevented, document.getElementById('upload:check-busy').textContent,
                    !!document.getElementById('upload:check-busy').querySelector('.busy-spinner[aria-hidden=true]')];
                window.stop();
                return state;""");
        assertThat(pressed).containsExactly(true, true, "Checking the workbook… this can take a minute for a large workbook.", true);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("log-import-checking", By.id("upload:check-busy"));
        assertThat(js("return getComputedStyle(document.querySelector('.busy-spinner')).animationName")).isEqualTo("busy-turn");
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            assertThat(js("return getComputedStyle(document.querySelector('.busy-spinner')).animationName"))
                    .as("the spinner stands still for someone who asked for less motion").isEqualTo("none");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }

        browser.open("log/import.xhtml");
        upload(workbook);
        assertThat(browser.driver.findElement(By.id("validCount")).getText()).isEqualTo("300");
        WebElement importButton = browser.driver.findElement(By.id("confirm:import"));
        assertThat(importButton.getAttribute("value")).isEqualTo("Import 300 entries");

        // "Import" pressed twice quickly, and Enter on top: one import
        @SuppressWarnings("unchecked")
        List<Object> twice = (List<Object>) js("""
                const button = document.getElementById('confirm:import');
                button.click();
                button.click();
                button.form.requestSubmit();
                return [button.disabled, document.getElementById('confirm:import-busy').textContent];""");
        assertThat(twice).containsExactly(true, "Importing 300 entries… this can take a minute for a large workbook. Keep this page open.");
        browser.waitUntilGone(importButton);
        assertThat(browser.text()).contains("300 entries imported from busy.xlsx");
        assertThat(total("q=" + word)).isEqualTo(300);

    }

    @Test
    void aWorkbookSentTwiceAtOnceIsImportedOnceAndTheSecondAnswerSaysSo() throws Exception {
        // through the API, two uploads of a new workbook at once: the second waits for the first, then adds nothing
        String word = "twin" + UUID.randomUUID().toString().substring(0, 6);
        Path workbook = workbook("twin.xlsx", rows(400, "Taxi refused the chair on trip", word));
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<String> answers = new java.util.ArrayList<>();
        try {
            java.util.concurrent.Callable<HttpResponse<String>> send = () -> importByApi(workbook);
            for (Future<HttpResponse<String>> answer : two.invokeAll(List.of(send, send))) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
                String body = answer.get().body();
                answers.add(body.replaceAll(".*\"imported\":(\\d+).*", "$1") + " new, " + body.replaceAll(".*\"alreadyInLog\":(\\d+).*", "$1") + " already");
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(answers).containsExactlyInAnyOrder("400 new, 0 already", "0 new, 400 already");
        assertThat(total("q=" + word)).isEqualTo(400);

        // the checked page's "Import" sent twice at once, as a browser without the page's script would send it
        String other = "pair" + UUID.randomUUID().toString().substring(0, 6);
        browser.signInAs("officer");
        browser.open("log/import.xhtml");
        upload(workbook("pair.xlsx", rows(400, "Lift out of order at the station on day", other)));
        @SuppressWarnings("unchecked")
        List<String> pages = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('confirm');
                const body = () => { const data = new URLSearchParams(new FormData(form)); data.append('confirm:import', 'Import 400 entries'); return data; };
                Promise.all([1, 2].map(() => fetch(form.action, {method: 'POST', body: body(), credentials: 'same-origin'}).then(r => r.text())))
                  .then(done, e => done(['' + e]));""");
        assertThat(total("q=" + other)).as("entries from one checked workbook sent twice").isEqualTo(400);
        assertThat(String.join("\n", pages)).contains("400 entries imported from pair.xlsx")
                .containsAnyOf("is being imported now; its entries are added once", "Importing it again adds nothing",
                        "all 400 of its rows were already in the log");
    }

    @Test
    void everyPageNamesItsIconAndTheIconIsServed() throws Exception {
        browser.open("login.xhtml");
        String href = browser.driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
        assertThat(href).contains("favicon.svg");
        HttpResponse<String> icon = Http.portal(base).get(href);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(icon.body()).contains("<svg");
        browser.signInAs("officer");
        assertThat(browser.driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href")).isEqualTo(href);
    }

    /** Presses Tab {@code times} and returns the element that then has focus. */
    private WebElement tab(int times) {
        for (int i = 0; i < times; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        return browser.driver.switchTo().activeElement();
    }

    /** Row headers Monday to Sunday, column headers Morning, Afternoon, Evening, and in each cell one checkbox named after both. */
    private void assertTheGridIsAWeekOfMorningsAfternoonsAndEvenings() {
        WebElement grid = browser.driver.findElement(By.cssSelector("table.availability-grid"));
        assertThat(grid.findElements(By.cssSelector("thead th[scope=col]"))).extracting(th -> th.getAttribute("textContent").strip())
                .containsExactly("Day", "Morning", "Afternoon", "Evening");
        List<WebElement> days = grid.findElements(By.cssSelector("tbody tr"));
        assertThat(days).extracting(tr -> tr.findElement(By.cssSelector("th[scope=row]")).getText())
                .containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        for (WebElement day : days) {
            String name = day.findElement(By.tagName("th")).getText();
            assertThat(day.findElements(By.cssSelector("td input[type=checkbox]"))).extracting(WebElement::getAccessibleName)
                    .containsExactly(name + " morning", name + " afternoon", name + " evening");
        }
    }

    /** The availability grid's checkbox named {@code name} ("Monday morning"). */
    private WebElement box(String name) {
        return browser.driver.findElements(By.cssSelector("table.availability-grid input[type=checkbox]")).stream()
                .filter(b -> name.equals(b.getAccessibleName())).findFirst().orElseThrow();
    }

    /** The availability grid's ticked boxes, by their accessible names, Monday morning first. */
    private List<String> ticked() {
        return browser.driver.findElements(By.cssSelector("table.availability-grid input[type=checkbox]")).stream()
                .filter(WebElement::isSelected).map(WebElement::getAccessibleName).toList();
    }

    private Object js(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    /** Screenshots at 1280 px and 390 px; on the phone the page must not scroll sideways. */
    private void photograph(String name) {
        photograph(name, null);
    }

    /** The same with {@code shown} scrolled into view in each screenshot. */
    private void photograph(String name, By shown) {
        if (shown != null) {
            js("arguments[0].scrollIntoView({block: 'center'});", browser.driver.findElement(shown));
        }
        browser.screenshot(name + "-1280");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            if (shown != null) {
                js("arguments[0].scrollIntoView({block: 'center'});", browser.driver.findElement(shown));
            }
            browser.screenshot(name + "-390");
            List<?> widths = (List<?>) js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            assertThat(((Number) widths.get(0)).longValue()).as(name + ": no sideways scrolling at 390 px")
                    .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private static List<String[]> rows(int count, String summary, String word) {
        String day = LocalDate.now().minusDays(4).toString();
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new String[] {day, i % 2 == 0 ? "Transport" : "Benefits", summary + " " + toWords(i) + " " + word, "1"});
        }
        return rows;
    }

    /** A number in words, so that no summary holds digits the personal-data check could take for a phone number. */
    private static String toWords(int n) {
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        return ones[n / 100] + "-" + ones[n / 10 % 10] + "-" + ones[n % 10];
    }

    private HttpResponse<String> importByApi(Path workbook) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return Http.portal(base).client().send(ImportLoad.importRequest(root, workbook, false, "officer", "demo"), HttpResponse.BodyHandlers.ofString());
    }

    private void upload(Path workbook) {
        browser.driver.findElement(By.id("upload:file")).sendKeys(workbook.toAbsolutePath().toString());
        WebElement check = browser.driver.findElement(By.id("upload:check"));
        check.sendKeys(Keys.ENTER);
        browser.waitUntilGone(check);
    }

    private Path workbook(String name, List<String[]> rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Advocacy");
            String[] header = {"Date", "Theme(s)", "Summary", "People"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                org.apache.poi.ss.usermodel.Cell day = row.createCell(0);
                day.setCellValue(LocalDate.parse(cells[0]));
                day.setCellStyle(date);
                row.createCell(1).setCellValue(cells[1]);
                row.createCell(2).setCellValue(cells[2]);
                row.createCell(3).setCellValue(Integer.parseInt(cells[3]));
            }
            wb.write(out);
        }
        return file;
    }

    private long total(String query) throws Exception {
        HttpResponse<String> r = api("officer", "GET", "api/entries?size=1&" + query, null);
        assertThat(r.statusCode()).isEqualTo(200);
        return Long.parseLong(r.body().replaceAll(".*\"total\":(\\d+).*", "$1"));
    }

    private HttpResponse<String> api(String user, String method, String path, String json) throws Exception {
        return Http.portal(base).as(user).send(method, path, "application/json", json);
    }
}
