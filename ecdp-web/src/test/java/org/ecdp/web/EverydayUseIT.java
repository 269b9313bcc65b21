package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Everyday use by keyboard (issue 13): the officer's evidence pack, capturing an entry in
 * a few keys, errors in the GOV.UK pattern. Each page is axe-scanned and photographed at
 * 1280 px and 390 px (target/screenshots), and must not scroll sideways on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EverydayUseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = browsers.signedOut(base);
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The page each test ended on, as a picture and as source, to see what went wrong when one fails. */
    @org.junit.jupiter.api.AfterEach
    void keepLastPage(org.junit.jupiter.api.TestInfo test) throws Exception {
        String name = "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        browser.screenshot(name);
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("ecdp.screenshots", "target/screenshots"));
        java.nio.file.Files.writeString(dir.resolve(name + ".html"), browser.driver.getPageSource());
    }

    @Test
    void theOfficerPreviewsAnEvidencePackByKeyboardAndQuotesAnEntryBehindItWithoutItsPersonalData() throws Exception {
        String word = "ev" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now().minusDays(2);
        for (String json : List.of(
                """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"The ramp on the 42 bus was broken again %s","peopleCount":3}""",
                """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Ring me on 07700 900123 about the taxi refusal %s","peopleCount":1,"personalDataReason":"Caller asked to be rung back"}""")) {
            HttpResponse<String> created = api("officer", "POST", "api/entries", json.formatted(day, word));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        browser.signInAs("officer");
        browser.open("evidence/pack.xhtml?theme=TRANSPORT");
        press(browser.driver.findElement(By.id("pack:preview")));

        assertThat(browser.title()).startsWith("Evidence pack");
        assertThat(browser.driver.findElement(By.id("packTitle")).getText()).isEqualTo("Lived experience: Transport");
        assertThat(focused().getAttribute("id")).as("focus moves to the preview").isEqualTo("packTitle");
        assertThat(browser.driver.findElement(By.id("packSummary")).getText()).contains("conversations").contains("people");
        List<WebElement> choices = browser.driver.findElements(By.cssSelector("#pack\\:quotes label"));
        WebElement ramp = choices.stream().filter(l -> l.getText().contains("ramp on the 42 bus was broken again " + word)).findFirst().orElseThrow();
        WebElement phone = choices.stream().filter(l -> l.getText().contains("taxi refusal " + word)).findFirst().orElseThrow();
        assertThat(phone.getText()).as("the choice is shown as it would be printed").doesNotContain("900123");
        checkByKeyboard(ramp);
        checkByKeyboard(browser.driver.findElements(By.cssSelector("#pack\\:quotes label")).stream()
                .filter(l -> l.getText().contains("taxi refusal " + word)).findFirst().orElseThrow());
        press(browser.driver.findElement(By.id("pack:preview")));

        List<String> quotes = browser.driver.findElements(By.cssSelector("blockquote.quote")).stream().map(WebElement::getText).toList();
        assertThat(quotes).anyMatch(q -> q.contains("ramp on the 42 bus was broken again " + word));
        assertThat(quotes).anyMatch(q -> q.contains("taxi refusal " + word));
        assertThat(String.join(" ", quotes)).doesNotContain("900123");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("evidence-pack-preview");
    }

    /**
     * Logging an entry from a service tab: the theme search has focus when the tab opens,
     * "bus" + Enter adds Transport, Tab reaches the summary, Ctrl+Enter logs it, and focus is
     * back in the theme search for the next entry. Keys beyond the words are counted.
     */
    @Test
    void staffLogAnEntryInFourKeysBeyondTheWordsAndAreReadyForTheNext() {
        String word = "kb" + UUID.randomUUID().toString().substring(0, 6);
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        assertThat(focused().getAttribute("id")).as("the theme search has focus when the tab opens").isEqualTo("capture:themes_input");
        long started = System.nanoTime();
        int keys = 0;

        type("bus");
        waitForSuggestions(1);
        keys += press(Keys.ENTER);
        waitForChip("Transport");
        assertThat(focused().getAttribute("id")).as("focus stays in the theme search").isEqualTo("capture:themes_input");
        keys += press(Keys.TAB);
        assertThat(focused().getAttribute("id")).as("one Tab to the summary").isEqualTo("capture:summary");
        type("The bus driver would not put the ramp down " + word);
        keys += pressChord(Keys.CONTROL, Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.getPageSource().contains("Entry logged"));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(keys).as("keys pressed beyond the words (Enter, Tab, Ctrl+Enter)").isLessThanOrEqualTo(5);
        assertThat(browser.text()).contains("Entry logged").contains(word);
        assertThat(focused().getAttribute("id")).as("ready for the next entry").isEqualTo("capture:themes_input");
        System.out.printf("capture: %d keys beyond the words, %.1f s from the tab opening to the entry logged%n", keys, seconds);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("log-capture-keyboard");
    }

    @Test
    void enterNeverPicksSilentlyAmongSeveralThemesAndAnAliasOrTheArrowKeysChoose() {
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        type("access");
        waitForSuggestions(2);
        List<String> offered = browser.driver.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertThat(offered.get(0)).as("a name starting with the typed text comes first").isEqualTo("Accessibility");
        press(Keys.ENTER);
        assertThat(browser.driver.findElements(By.cssSelector("#capture\\:chosenThemes .theme-chip"))).as("Enter picked nothing").isEmpty();
        assertThat(browser.driver.findElement(By.id("themesStatus")).getText()).contains("themes match");
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        waitForChip("Accessibility");
        for (String[] alias : new String[][] {{"atw", "Access to Work"}, {"PIP", "Personal Independence Payment"}, {"dwp", "Benefits ✕"}}) {
            type(alias[0]);
            waitForSuggestions(1);
            press(Keys.ENTER);
            waitForChip(alias[1]);
        }
        List<String> chips = browser.driver.findElements(By.cssSelector("#capture\\:chosenThemes .theme-chip")).stream().map(c -> c.getAttribute("value")).toList();
        assertThat(chips).hasSize(4).anyMatch(c -> c.contains("Access to Work")).anyMatch(c -> c.contains("Personal Independence Payment"));
    }

    /**
     * GOV.UK errors: "Error:" in the title, one summary at the top that has focus and links
     * into each field, the field marked invalid and described by its error; personal data
     * is named in plain words with a button that removes it.
     */
    @Test
    void errorsAreSummarisedAtTheTopWithLinksIntoTheFieldsAndPersonalDataCanBeRemovedWithOneButton() {
        String word = "er" + UUID.randomUUID().toString().substring(0, 6);
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        press(Keys.TAB);
        type("Taxi refused my assistance dog " + word);
        pressChord(Keys.CONTROL, Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getTitle().startsWith("Error: "));

        assertThat(focused().getAttribute("id")).as("the error summary takes focus").isEqualTo("errorSummary");
        WebElement link = browser.driver.findElement(By.cssSelector("#errorSummary a"));
        assertThat(link.getText()).isEqualTo("Themes: Choose at least one theme").doesNotContain("themeCodes");
        assertThat(browser.driver.findElement(By.id("capture:summary")).getAttribute("value")).as("what was typed is kept").contains(word);
        WebElement themes = browser.driver.findElement(By.id("capture:themes_input"));
        assertThat(themes.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("capture:themesError")).getText()).contains("Choose at least one theme");
        assertThat(themes.getAttribute("aria-describedby")).contains("capture:themesError");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("log-capture-error-summary");
        press(Keys.TAB);
        assertThat(focused()).isEqualTo(link);
        press(Keys.ENTER);
        assertThat(focused().getAttribute("id")).as("the link moves focus into the field").isEqualTo("capture:themes_input");

        type("bus");
        waitForSuggestions(1);
        press(Keys.ENTER);
        waitForChip("Transport");
        press(Keys.TAB);
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        type("Ring me on 07700 900123 about the taxi refusal " + word);
        pressChord(Keys.CONTROL, Keys.ENTER);
        // the title already starts with "Error: ": wait for the new summary itself, which replaces the old one
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#errorSummary a")).stream().anyMatch(a -> a.getText().contains("phone number")));
        assertThat(browser.driver.findElement(By.cssSelector("#errorSummary a")).getText()).isEqualTo("Remove the phone number, or say why it must stay");
        assertThat(browser.text()).doesNotContain("personalDataReason");
        photograph("log-capture-personal-data");
        WebElement remove = browser.driver.findElement(By.id("capture:removePersonalData"));
        assertThat(remove.getAttribute("value")).isEqualTo("Remove the phone number");
        remove.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                        !d.findElement(By.id("capture:summary")).getAttribute("value").contains("900123"));
        assertThat(browser.driver.findElement(By.id("capture:summary")).getAttribute("value")).isEqualTo("Ring me on about the taxi refusal " + word);
        assertThat(focused().getAttribute("id")).isEqualTo("capture:summary");
        pressChord(Keys.CONTROL, Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Entry logged"));
        assertThat(browser.title()).doesNotStartWith("Error");
    }

    @Test
    void aSurgeIsOneAlertEpisodeInPlainWordsWithItsActionsInViewAndTheHomePageShowsIt() {
        browser.signInAs("officer");
        assertThat(browser.present("home-trends")).as("home links to Trends").isTrue();
        assertThat(browser.present("home-alerts")).as("home links to Alerts").isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("#openEpisodes li"))).as("the demo surge is open on the home page").isNotEmpty();
        assertThat(browser.text()).doesNotContain("()");
        photograph("home-officer");

        browser.open("trends/alerts.xhtml");
        List<WebElement> episodes = browser.driver.findElements(By.cssSelector("li.episode"));
        assertThat(episodes).isNotEmpty();
        assertThat(browser.text()).doesNotContain("ears-c2").doesNotContain("farrington")
                .containsAnyOf("daily spike check", "weekly seasonal check").containsAnyOf("were expected", "was expected")
                .doesNotContain("about 0 were expected");
        long buttons = browser.driver.findElements(By.cssSelector("li.episode input[type=submit]")).size();
        assertThat(buttons).isPositive();
        Object cut = ((JavascriptExecutor) browser.driver).executeScript(
                "return [...document.querySelectorAll('li.episode input[type=submit]')].filter(b => b.getBoundingClientRect().right > window.innerWidth).length;");
        assertThat(((Number) cut).longValue()).as("no action button cut off at 1280 px").isZero();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("alerts-episodes");

        browser.open("trends/dashboard.xhtml");
        assertThat(browser.driver.findElement(By.id("glossary")).getText()).contains("Daily spike check").contains("Weekly seasonal check");
    }

    @Test
    void theLogFitsAPhoneAndTwoHundredPercentZoomWithTheMenuBehindAButton() {
        browser.signInAs("officer");
        browser.open("log/entries.xhtml");
        photograph("log-entries");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            WebElement menu = browser.driver.findElement(By.id("menuToggle"));
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(By.id("nav-trends")).isDisplayed()).as("menu folded").isFalse();
            menu.sendKeys(Keys.ENTER);
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.driver.findElement(By.id("nav-trends")).isDisplayed()).isTrue();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
        // 200% zoom of a 1280 px window lays the page out in 640 CSS pixels
        browser.driver.manage().window().setSize(new Dimension(640, 900));
        try {
            List<?> w = (List<?>) ((JavascriptExecutor) browser.driver).executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
            assertThat(((Number) w.get(0)).longValue()).as("no sideways scrolling at 200%% zoom").isLessThanOrEqualTo(((Number) w.get(1)).longValue());
            browser.screenshot("log-entries-200-percent");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrAtTwoHundredPercentZoom() {
        List<String> sideways = new java.util.ArrayList<>();
        String signedIn = null;
        for (var page : AccessMatrix.PAGES.entrySet()) {
            String user = AccessMatrix.demoUser(page.getValue().iterator().next());
            if (!user.equals(signedIn)) {
                browser.driver.manage().deleteAllCookies();
                browser.signInAs(user);
                signedIn = user;
            }
            browser.open(page.getKey());
            // a phone, and 200% zoom of a 1280 px window (640 CSS pixels)
            for (int width : new int[] {390, 640}) {
                browser.driver.manage().window().setSize(new Dimension(width, 844));
                try {
                    List<?> w = (List<?>) ((JavascriptExecutor) browser.driver)
                            .executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                    if (((Number) w.get(0)).longValue() > ((Number) w.get(1)).longValue()) {
                        sideways.add(page.getKey() + " at " + width + " px as " + user + ": " + w.get(0) + " > " + w.get(1));
                    }
                } finally {
                    browser.driver.manage().window().setSize(new Dimension(1280, 900));
                }
            }
        }
        assertThat(sideways).as("pages that scroll sideways").isEmpty();
    }

    @Test
    void anOverdueDbsCheckIsABannerAtTheTopOfTheMentoringDashboardAndTheMatchesPage() {
        browser.signInAs("coordinator");
        browser.open("mentoring/dashboard.xhtml");
        WebElement banner = browser.driver.findElement(By.id("overdueBanner"));
        assertThat(banner.getText()).startsWith("Overdue").contains("overdue by");
        assertThat(banner.getLocation().getY()).as("above the figures")
                .isLessThan(browser.driver.findElement(By.id("waitingHeading")).getLocation().getY());
        String renewals = banner.getText();

        browser.open("mentoring/matches.xhtml");
        WebElement onMatches = browser.driver.findElement(By.id("overdueBanner"));
        assertThat(onMatches.getText()).as("the same banner on the matches page").isEqualTo(renewals);
        assertThat(onMatches.getLocation().getY()).as("above the matches")
                .isLessThan(browser.driver.findElement(By.id("openMatches")).getLocation().getY());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.open("mentoring/dashboard.xhtml");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("mentoring-dashboard-overdue");
    }

    /**
     * Trends a person can explore (issue 13): the officer opens a theme's trend from a bookmark,
     * then by keyboard compares a second theme and narrows the chart to one service. Both themes
     * are lines named in the key, the figures count only that service's entries, each alarm the
     * tables name is marked on the chart for its theme, and an area narrows the same way.
     */
    @Test
    void theOfficerComparesTwoThemesInOneServiceByKeyboardAndEveryAlarmIsMarkedOnTheChart() throws Exception {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String lifts = "LIFTS_" + id;
        String badges = "BADGES_" + id;
        String liftsName = "Lifts out of order " + id;
        String badgesName = "Blue badge refused " + id;
        for (String[] theme : new String[][] {{lifts, liftsName}, {badges, badgesName}}) {
            HttpResponse<String> created = api("officer", "POST", "api/themes", "{\"code\":\"" + theme[0] + "\",\"name\":\"" + theme[1] + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        List<LocalDate> workingDays = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.now().minusDays(1); workingDays.size() < 11; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                workingDays.add(0, d);
            }
        }
        LocalDate spike = workingDays.get(10);
        LocalDate badgeDay = workingDays.get(7);
        // a quiet fortnight of lifts in Advocacy, then a surge there and a few in Support planning the same day
        for (LocalDate day : workingDays.subList(0, 10)) {
            logEntry("ADVOCACY", "HARLOW", day, lifts);
        }
        for (int i = 0; i < 9; i++) {
            logEntry("ADVOCACY", "HARLOW", spike, lifts);
        }
        for (int i = 0; i < 3; i++) {
            logEntry("SUPPORT_PLANNING", "CHELMSFORD", spike, lifts);
            logEntry("ADVOCACY", "HARLOW", badgeDay, badges);
        }
        String spikeLabel = spike.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
        String badgeLabel = badgeDay.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));

        browser.signInAs("officer");
        browser.open("trends/dashboard.xhtml?theme=" + lifts);
        assertThat(cell("trendTable", spikeLabel, 0)).as("all services: 9 in Advocacy and 3 in Support planning").isEqualTo("12");
        assertThat(browser.driver.findElements(By.cssSelector("svg.trend-chart rect.bar"))).as("one theme alone is a bar chart").isNotEmpty();

        browser.driver.findElement(By.id("d-theme")).sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("id")).as("Tab from the theme reaches 'compare with'").isEqualTo("d-compare1");
        type(badgesName);
        press(Keys.TAB);
        press(Keys.TAB);
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).as("past the other two comparisons to the service").isEqualTo("d-service");
        type("Advocacy");
        assertThat(new org.openqa.selenium.support.ui.Select(focused()).getFirstSelectedOption().getText()).isEqualTo("Advocacy");
        press(browser.driver.findElement(By.id("showTrend")));

        assertThat(browser.driver.getCurrentUrl()).contains("service=ADVOCACY").contains("compare=" + badges).contains("theme=" + lifts);
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("d-compare1"))).getFirstSelectedOption().getText())
                .as("the choice is kept").isEqualTo(badgesName);
        List<WebElement> series = browser.driver.findElements(By.cssSelector("svg.trend-chart g.series"));
        assertThat(series).extracting(g -> g.getAttribute("data-theme")).containsExactly(lifts, badges);
        String key = browser.driver.findElement(By.id("chartKey")).getText();
        assertThat(key).contains(liftsName + " (first theme)").contains(badgesName).contains("Alarm");
        assertThat(browser.driver.findElement(By.id("trendCaption")).getText()).contains("Advocacy only").contains(badgesName);
        assertThat(browser.driver.findElement(By.cssSelector("#trendTable caption")).getText()).contains(liftsName).contains("Advocacy only");
        assertThat(cell("trendTable", spikeLabel, 0)).as("only Advocacy's entries count").isEqualTo("9");
        assertThat(cell("trendTable", spikeLabel, 3)).isEqualTo("Alarm");
        assertThat(browser.driver.findElement(By.cssSelector("#compareTable1 caption")).getText()).contains(badgesName).contains("Advocacy only");
        assertThat(cell("compareTable1", badgeLabel, 0)).isEqualTo("3");
        assertThat(cell("compareTable1", badgeLabel, 3)).isEqualTo("Alarm");
        for (String[] table : new String[][] {{"trendTable", lifts}, {"compareTable1", badges}}) {
            List<String> alarmsInTable = browser.driver.findElements(By.cssSelector("#" + table[0] + " tbody tr")).stream()
                    .filter(r -> r.findElements(By.tagName("td")).get(3).getText().startsWith("Alarm"))
                    .map(r -> r.findElement(By.tagName("th")).getText()).toList();
            List<String> marked = browser.driver.findElements(By.cssSelector("svg.trend-chart .alarm-mark[data-theme='" + table[1] + "']")).stream()
                    .map(m -> LocalDate.parse(m.getAttribute("data-period"))
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK))).toList();
            assertThat(marked).as("a mark on the chart wherever " + table[0] + " says Alarm").isEqualTo(alarmsInTable).isNotEmpty();
        }
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        photograph("trends-compared-in-a-service", "trendFigure");
        WebElement behind = browser.driver.findElements(By.cssSelector("#trendTable tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(spikeLabel)).findFirst().orElseThrow().findElement(By.tagName("a"));
        press(behind);
        assertThat(browser.driver.findElements(By.cssSelector("[id$='entries_data'] > tr"))).as("the link lists exactly the 9 entries counted").hasSize(9);

        browser.open("trends/dashboard.xhtml?theme=" + lifts + "&locality=CHELMSFORD");
        assertThat(cell("trendTable", spikeLabel, 0)).as("only the entries of people in Chelmsford").isEqualTo("3");
        assertThat(browser.driver.findElement(By.cssSelector("#trendTable caption")).getText()).contains("people in Chelmsford only");
        browser.open("trends/dashboard.xhtml?theme=" + lifts + "&locality=ATLANTIS");
        assertThat(browser.text()).contains("Locality: Unknown locality code ATLANTIS");
        assertThat(browser.present("trendTable")).as("no figures for an area that does not exist").isFalse();
    }

    /** The text of a column (0 = the first after the period) in the row of a table whose heading is the period. */
    private String cell(String table, String period, int column) {
        WebElement row = browser.driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError(table + " has no row for " + period));
        return row.findElements(By.tagName("td")).get(column).getText().strip();
    }

    private void logEntry(String service, String locality, LocalDate day, String theme) throws Exception {
        HttpResponse<String> created = api("officer", "POST", "api/entries", """
                {"service":"%s","occurredOn":"%s","themes":["%s"],"summary":"Trends test: the lift at the station was out of order","peopleCount":1,"channel":"PHONE","locality":"%s"}"""
                .formatted(service, day, theme, locality));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    private int press(Keys key) {
        new Actions(browser.driver).sendKeys(key).perform();
        return 1;
    }

    private int pressChord(Keys modifier, Keys key) {
        new Actions(browser.driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        return 2;
    }

    private void waitForSuggestions(int count) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("li.ui-autocomplete-item")).stream().filter(WebElement::isDisplayed).count() == count);
    }

    private void waitForChip(String label) {
        // the chips are re-rendered by each AJAX update: an element found a moment ago may be gone
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("#capture\\:chosenThemes .theme-chip")).stream().anyMatch(c -> c.getAttribute("value").contains(label)));
    }

    private void checkByKeyboard(WebElement label) {
        WebElement box = browser.driver.findElement(By.id(label.getAttribute("for")));
        box.sendKeys(Keys.SPACE);
        assertThat(box.isSelected()).isTrue();
    }

    /** Presses a button with Enter and waits for the page it loads. */
    private void press(WebElement button) {
        button.sendKeys(Keys.ENTER);
        browser.waitUntilGone(button);
    }

    /** Screenshots at 1280 px and at 390 px, and the page must not scroll sideways on the phone. */
    private void photograph(String name) {
        photograph(name, null);
    }

    /** The same, with the element of that id (if any) scrolled to the top of the window in both pictures. */
    private void photograph(String name, String id) {
        Runnable scroll = () -> {
            if (id != null) {
                ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
            }
        };
        scroll.run();
        browser.screenshot(name + "-1280");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            scroll.run();
            browser.screenshot(name + "-390");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            Object widths = js.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
            List<?> w = (List<?>) widths;
            assertThat(((Number) w.get(0)).longValue()).as(name + ": no sideways scrolling at 390 px").isLessThanOrEqualTo(((Number) w.get(1)).longValue());
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private HttpResponse<String> api(String user, String method, String path, String json) throws Exception {
        return Http.portal(base).as(user).withTimeout(Duration.ofSeconds(60)).send(method, path, "application/json", json);
    }
}
