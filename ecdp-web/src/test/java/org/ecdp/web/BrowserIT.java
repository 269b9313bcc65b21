package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.id;
import static org.ecdp.web.testing.JsonBody.json;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecdp.domain.user.entity.Role;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser against the deployed portal: signing in and out, each role's menu, the
 * role x URL matrix for pages and API, and an axe-core scan of every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

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
    }

    @Test
    void eachRoleSeesItsOwnHomeAndMenuAndNotAnothers() {
        Map<Role, String> homeCard = Map.of(Role.STAFF, "home-staff", Role.OFFICER, "home-officer",
                Role.COORDINATOR, "home-coordinator", Role.COACH, "home-coach", Role.EVALUATOR, "home-evaluator",
                Role.ADMIN, "home-admin", Role.NETWORK_ADMIN, "home-network");
        for (Role role : Role.values()) {
            browser.signInAs(AccessMatrix.demoUser(role));
            assertThat(browser.text()).as(role + " sees who is signed in").contains("Signed in as");
            for (Role other : Role.values()) {
                assertThat(browser.present(homeCard.get(other))).as(role + " sees the " + other + " card").isEqualTo(other == role);
            }
            assertThat(browser.present("nav-users")).as(role + " has the Users menu entry").isEqualTo(role == Role.ADMIN);
            browser.screenshot("home-" + role.name().toLowerCase());
        }
    }

    @Test
    void aWrongPasswordShowsOneErrorThatDoesNotSayWhichPartWasWrong() {
        browser.signIn("staff", "not-the-password");
        assertThat(browser.text()).contains("Username or password not recognised");
        assertThat(browser.present("signOut")).isFalse();
        assertThat(browser.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("staff");
        browser.signIn("nobody-of-that-name", "demo");
        assertThat(browser.text()).contains("Username or password not recognised");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signInAs("officer");
        browser.driver.findElement(By.id("signOut")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login.xhtml"));
        assertThat(browser.text()).contains("You have signed out");
        browser.open("index.xhtml");
        assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndThenBackToThePageTheyWanted() {
        browser.open("admin/services.xhtml");
        assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
        browser.driver.findElement(By.id("username")).sendKeys("admin");
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.driver.findElement(By.id("signIn")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("admin/services.xhtml"));
        assertThat(browser.title()).startsWith("Services");
    }

    @Test
    void everyPageAllowsExactlyTheRolesDesignedAndAnonymousMustSignIn() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            browser.signInAs(AccessMatrix.demoUser(role));
            AccessMatrix.PAGES.forEach((page, allowed) -> {
                browser.open(page);
                boolean denied = browser.title().startsWith("You do not have access");
                if (denied == allowed.contains(role)) {
                    wrong.add(role + " " + page + (denied ? " denied" : " allowed"));
                }
            });
        }
        browser.driver.manage().deleteAllCookies();
        AccessMatrix.PAGES.keySet().forEach(page -> {
            browser.open(page);
            if (!browser.driver.getCurrentUrl().contains("login.xhtml")) {
                wrong.add("anonymous " + page + " not sent to sign in");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEndpointAnswersEachRoleAsDesigned() throws Exception {
        Http http = Http.portal(base);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Role>> row : AccessMatrix.API_GETS.entrySet()) {
            String uri = browser.url(row.getKey());
            HttpResponse<String> anonymous = http.get(uri);
            if (anonymous.statusCode() != 401 || !anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                wrong.add("anonymous " + row.getKey() + " -> " + anonymous.statusCode());
            }
            HttpResponse<String> badPassword = http.as("staff", "wrong").get(uri);
            if (badPassword.statusCode() != 401) {
                wrong.add("wrong password " + row.getKey() + " -> " + badPassword.statusCode());
            }
            for (Role role : Role.values()) {
                int status = http.as(AccessMatrix.demoUser(role), "demo").get(uri).statusCode();
                int expected = row.getValue().contains(role) ? 200 : 403;
                if (status != expected) {
                    wrong.add(role + " " + row.getKey() + " -> " + status + " (expected " + expected + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theApiNeverAcceptsTheBrowserSessionInsteadOfCredentials() throws Exception {
        browser.signInAs("admin");
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        Http anyone = Http.portal(base);
        HttpResponse<String> withCookieOnly = anyone.send(anyone.request(browser.url("api/services")).header("Cookie", "JSESSIONID=" + session));
        assertThat(withCookieOnly.statusCode()).isEqualTo(401);
        assertThat(withCookieOnly.body()).doesNotContain("ADVOCACY");
    }

    @Test
    void theOfficerSeesTheNewAlertsCountAndDismissesAnAlertOnlyWithAReason() {
        browser.signInAs("officer");
        int before = newAlerts();
        assertThat(before).as("the demo's Access to Work surge raised alerts").isPositive();
        browser.open("trends/alerts.xhtml?status=NEW");
        WebElement episode = browser.driver.findElement(By.id("episode-0"));
        String theme = episode.findElement(By.cssSelector(".episode-title")).getText().split(",")[0];
        int alarms = Integer.parseInt(episode.getAttribute("data-new"));
        browser.driver.findElement(By.id("list:episodes:0:dismiss")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("dismissForm:reason")));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("focus moves to the reason").isEqualTo("dismissForm:reason");
        browser.clickAndWait("dismissForm:confirmDismiss");
        assertThat(browser.text()).contains("Say why this alert needs no action");
        browser.driver.findElement(By.id("dismissForm:reason")).sendKeys("Already raised with DWP last month");
        browser.clickAndWait("dismissForm:confirmDismiss");
        assertThat(browser.text()).contains("Alert dismissed.");
        assertThat(newAlerts()).as("one dismissal settles the episode's alarms").isEqualTo(before - alarms);
        browser.open("trends/alerts.xhtml?status=DISMISSED");
        assertThat(browser.text()).contains(theme).contains("Already raised with DWP last month");
        browser.screenshot("officer-alerts-dismissed");
    }

    @Test
    void openingAResponseFromAnAlertMarksTheAlertOnlyOnceTheResponseIsOpened() {
        browser.signInAs("officer");
        int before = newAlerts();
        browser.open("trends/alerts.xhtml?status=NEW");
        WebElement episode = browser.driver.findElement(By.id("episode-0"));
        String theme = episode.findElement(By.cssSelector(".episode-title")).getText().split(",")[0];
        int alarms = Integer.parseInt(episode.getAttribute("data-new"));
        browser.clickAndWait("list:episodes:0:respond");
        assertThat(browser.text()).contains("From alert episode");
        assertThat(newAlerts()).as("going to the form changes nothing yet").isEqualTo(before);
        browser.clickAndWait("open:openResponse");
        assertThat(browser.text()).contains("Title:");
        assertThat(newAlerts()).as("a refused response leaves the alert new").isEqualTo(before);
        String title = "From the alert " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.driver.findElement(By.id("open:title")).sendKeys(title);
        browser.driver.findElement(By.id("open:target")).sendKeys("Department for Work and Pensions");
        browser.clickAndWait("open:openResponse");
        assertThat(browser.text()).contains(title);
        assertThat(newAlerts()).as("one response answers the episode's alarms").isEqualTo(before - alarms);
        browser.open("trends/alerts.xhtml?status=RESPONSE_OPENED");
        assertThat(browser.text()).contains(theme);
    }

    private int newAlerts() {
        String label = browser.driver.findElement(By.id("nav-alerts")).getText();
        return Integer.parseInt(label.replaceAll("\\D", ""));
    }

    @Test
    void everyPagePassesAnAxeScanWithNoSeriousOrCriticalViolation() {
        List<String> problems = new ArrayList<>();
        browser.open("login.xhtml");
        scan("login", problems);
        browser.signIn("staff", "wrong-password");
        scan("login-error", problems);
        browser.signInAs("staff");
        scan("home-staff", problems);
        browser.open("admin/users.xhtml");
        scan("forbidden", problems);
        browser.open("no-such-page.xhtml");
        scan("not-found", problems);
        browser.driver.manage().deleteAllCookies();
        browser.open("you-said-we-did.xhtml");
        scan("you-said-we-did", problems);
        for (Role role : Role.values()) {
            browser.signInAs(AccessMatrix.demoUser(role));
            AccessMatrix.PAGES.forEach((page, allowed) -> {
                if (allowed.contains(role) && (role == Role.ADMIN || !page.startsWith("admin/"))) {
                    browser.open(page);
                    scan(role.name().toLowerCase() + "-" + page, problems);
                }
            });
        }
        browser.signInAs("officer");
        AccessMatrix.PAGES.keySet().stream().filter(page -> page.startsWith("trends/")).forEach(page -> {
            browser.open(page);
            scan("officer-" + page, problems);
        });
        browser.open("trends/dashboard.xhtml?theme=ACCESS_TO_WORK&interval=week&method=farrington");
        scan("officer-trends-farrington", problems);
        // pages the administrator may not open are scanned as a role that may
        AccessMatrix.PAGES.forEach((page, roles) -> {
            if (page.startsWith("housing/")) {
                browser.driver.manage().deleteAllCookies();
                browser.signInAs(AccessMatrix.demoUser(roles.iterator().next()));
                browser.open(page);
                scan(page + "-as-allowed", problems);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theHeatMapShowsEachServicesEntriesPerThemeAndANumberOpensExactlyThoseEntries() {
        browser.signInAs("officer");
        java.time.LocalDate to = java.time.LocalDate.now();
        java.time.LocalDate from = to.minusWeeks(18);
        browser.open("trends/dashboard.xhtml?hfrom=" + from + "&hto=" + to);
        WebElement table = browser.driver.findElement(By.id("heatMap"));
        List<String> columns = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(columns).contains("Theme", "Advocacy", "Payroll", "All services");
        WebElement row = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("Benefits › Access to Work")).findFirst().orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        long sum = 0;
        WebElement chosen = null;
        long chosenCount = Long.MAX_VALUE;
        for (int i = 0; i < cells.size() - 1; i++) {
            WebElement cell = cells.get(i);
            long n = Long.parseLong(cell.getText().strip().split("\\s+")[0]);
            sum += n;
            assertThat(cell.getAttribute("class")).as("a shade, and the number beside it").matches(n == 0 ? "heat heat-0" : "heat heat-[1-4]");
            if (n > 0 && n <= 25 && n < chosenCount) {
                chosen = cell;
                chosenCount = n;
            }
        }
        assertThat(Long.parseLong(cells.get(cells.size() - 1).getText().strip())).as("the row's total").isEqualTo(sum);
        assertThat(sum).as("the demo logs Access to Work in these weeks").isPositive();
        assertThat(chosen).isNotNull();
        String service = columns.get(cells.indexOf(chosen) + 1);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", table);
        browser.screenshot("trends-heat-map");
        WebElement link = chosen.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).contains("theme=ACCESS_TO_WORK").contains("from=" + from).contains("to=" + to);
        link.click();
        browser.waitUntilGone(link);
        assertThat(browser.driver.getCurrentUrl()).contains("log/entries.xhtml");
        List<WebElement> entries = browser.driver.findElements(By.cssSelector("[id$='entries_data'] > tr"));
        assertThat(entries).as("exactly the entries behind the number in " + service).hasSize((int) chosenCount);
        assertThat(entries).allSatisfy(e -> assertThat(e.getText()).contains("Access to Work"));
    }

    @Test
    void staffLogAnEntryFromTheirTabUsingTheKeyboardOnly() {
        String word = "kb" + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        WebElement themes = browser.driver.findElement(By.id("capture:themes_input"));
        themes.sendKeys("work");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ui-autocomplete-item")));
        themes.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#capture\\:chosenThemes .theme-chip")));
        WebElement summary = browser.driver.findElement(By.id("capture:summary"));
        summary.sendKeys("The bus driver would not put the ramp down " + word);
        WebElement save = browser.driver.findElement(By.id("capture:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("Entry logged").contains(word);
        browser.screenshot("log-after-capture");
    }

    @Test
    void anInvalidCaptureKeepsWhatWasTypedAndNamesTheField() {
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        browser.driver.findElement(By.id("capture:summary")).sendKeys("Taxi refused my assistance dog again");
        browser.clickAndWait("capture:save");
        assertThat(browser.text()).contains("Themes: Choose at least one theme");
        assertThat(browser.driver.findElement(By.id("capture:summary")).getAttribute("value")).isEqualTo("Taxi refused my assistance dog again");
        browser.screenshot("log-capture-error");
    }

    @Test
    void personalDataInASummaryIsShownAndNeedsAReason() {
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        WebElement themes = browser.driver.findElement(By.id("capture:themes_input"));
        themes.sendKeys("hate");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ui-autocomplete-item")));
        themes.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#capture\\:chosenThemes .theme-chip")));
        browser.driver.findElement(By.id("capture:summary")).sendKeys("Mr Okafor was shouted at, email him at ok@example.org");
        browser.clickAndWait("capture:save");
        assertThat(browser.present("capture:personalDataReason")).isTrue();
        assertThat(browser.text()).contains("Remove the name and the e-mail address, or say why they must stay").contains("name: ").contains("e-mail address: ");
        browser.driver.findElement(By.id("capture:personalDataReason")).sendKeys("He asked us to follow up by e-mail");
        browser.clickAndWait("capture:save");
        assertThat(browser.text()).contains("Entry logged");
    }

    @Test
    void theOfficerOpensAResponseRecordsAnActionAndPublishesTheOutcomeForMembers() {
        String title = "Access to Work and PAs driving " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.signInAs("officer");
        browser.open("evidence/responses.xhtml?theme=ACCESS_TO_WORK");
        browser.driver.findElement(By.id("open:title")).sendKeys(title);
        browser.driver.findElement(By.id("open:target")).sendKeys("Department for Work and Pensions");
        browser.clickAndWait("open:openResponse");
        assertThat(browser.driver.findElement(By.id("responseTitle")).getText()).isEqualTo(title);
        browser.driver.findElement(By.id("action:actionDescription")).sendKeys("Evidence pack sent to DWP");
        browser.clickAndWait("action:addAction");
        assertThat(browser.text()).contains("Evidence pack sent to DWP");
        browser.clickAndWait("close:closeResponse");
        assertThat(browser.text()).as("an outcome is required").contains("Outcome: Describe the outcome");
        browser.driver.findElement(By.id("close:outcome")).sendKeys("DWP amended its Access to Work guidance");
        browser.clickAndWait("close:closeResponse");
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("CLOSED");
        browser.driver.manage().deleteAllCookies();
        browser.open("you-said-we-did.xhtml");
        assertThat(browser.text()).contains(title).contains("DWP amended its Access to Work guidance");
        browser.screenshot("you-said-we-did");
    }

    @Test
    void theCoordinatorRunsMatchingProposesAPairAndRecordsADeclineWithTheKeyboard() {
        browser.signInAs("coordinator");
        browser.open("mentoring/waiting.xhtml");
        WebElement run = browser.driver.findElement(By.id("runForm:runMatching"));
        run.sendKeys(Keys.ENTER);
        browser.waitUntilGone(run);
        assertThat(browser.driver.getCurrentUrl()).contains("mentoring/run.xhtml?id=");
        assertThat(browser.text()).as("each pair's reasons, criterion by criterion")
                .contains("Goals the volunteer can help with").contains("Times both are free").contains("Time waiting");
        List<String> problems = new ArrayList<>();
        scan("coordinator-run-with-matches", problems);
        assertThat(problems).isEmpty();

        WebElement propose = browser.driver.findElement(By.cssSelector("input[id$=':propose']"));
        propose.sendKeys(Keys.ENTER);
        browser.waitUntilGone(propose);
        assertThat(browser.text()).contains("Proposed ");

        browser.open("mentoring/matches.xhtml");
        WebElement select = browser.driver.findElement(By.xpath("//tr[td[normalize-space()='Proposed']]//input[contains(@id, ':select')]"));
        select.sendKeys(Keys.ENTER);
        browser.waitUntilGone(select);
        WebElement decline = browser.driver.findElement(By.id("step:decline"));
        decline.sendKeys(Keys.ENTER);
        browser.waitUntilGone(decline);
        assertThat(browser.text()).contains("Reason: Say why the match was declined");
        scan("coordinator-matches-step", problems);
        assertThat(problems).isEmpty();
        browser.driver.findElement(By.id("step:declineReason")).sendKeys("The person would rather meet someone nearer home");
        browser.clickAndWait("step:decline");
        assertThat(browser.text()).contains("Declined and recorded");
    }

    @Test
    void theCoordinatorRecordsProgressOnTheJourneyPageByKeyboardAndSeesIt() throws Exception {
        long volunteer = apiId("api/mentoring/volunteers", """
                {"name":"Journey Keyboard Mentor","district":"CHELMSFORD","remote":true,"travelKm":20,"capacity":1,"skills":["SKILLS"],
                 "languages":["en"],"availability":["MON_AM"],"dbs":{"level":"ENHANCED","issuedOn":"%s","updateService":false},
                 "trainingCompletedOn":"%s"}""".formatted(java.time.LocalDate.now().minusYears(1), java.time.LocalDate.now().minusMonths(2)));
        long person = apiId("api/mentoring/requests", """
                {"ref":"KB-4242","district":"CHELMSFORD","remoteOk":true,"goals":["SKILLS"],"languages":["en"],
                 "availability":["MON_AM"],"referredOn":"%s"}""".formatted(java.time.LocalDate.now().minusDays(3)));
        long match = apiId("api/mentoring/matches", "{\"request\":%d,\"volunteer\":%d}".formatted(person, volunteer));
        apiPost("api/mentoring/matches/" + match + "/introduce", "{\"firstMeetingOn\":\"%s\"}".formatted(java.time.LocalDate.now()));
        apiPost("api/mentoring/matches/" + match + "/start", "");

        browser.signInAs("coordinator");
        browser.open("mentoring/matches.xhtml");
        WebElement link = browser.driver.findElement(By.id("journey-" + match));
        link.sendKeys(Keys.ENTER);
        browser.waitUntilGone(link);
        assertThat(browser.driver.getCurrentUrl()).contains("mentoring/journey.xhtml?request=" + person);
        WebElement save = browser.driver.findElement(By.id("progress:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("Goal: Choose the goal").contains("Score: Choose a score");
        List<String> problems = new ArrayList<>();
        scan("coordinator-journey-error", problems);

        browser.driver.findElement(By.id("progress:goal")).sendKeys("Skills");
        browser.driver.findElement(By.id("progress:score")).sendKeys("7");
        browser.driver.findElement(By.id("progress:notes")).sendKeys("Has found a course to apply for");
        save = browser.driver.findElement(By.id("progress:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("Progress recorded: Skills 7 of 10.");
        String row = browser.driver.findElement(By.cssSelector("#progressTable tbody tr")).getText();
        assertThat(row).contains("Skills").contains(" 7 ").contains("Has found a course to apply for");
        assertThat(browser.driver.findElement(By.id("matchHistory")).getText()).contains("Journey Keyboard Mentor").contains("Active");
        scan("coordinator-journey", problems);
        browser.open("mentoring/dashboard.xhtml");
        assertThat(browser.driver.findElement(By.id("utilisation")).getText()).contains("Journey Keyboard Mentor");
        scan("coordinator-dashboard-with-matches", problems);
        assertThat(problems).isEmpty();
    }

    private long apiId(String path, String json) throws Exception {
        HttpResponse<String> created = apiPost(path, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created);
    }

    private HttpResponse<String> apiPost(String path, String json) throws Exception {
        return apiPostAs("coordinator", path, json);
    }

    @Test
    void aNegativeWeightIsRefusedNamingTheFieldAndKeepsWhatWasTyped() throws Exception {
        browser.signInAs("coordinator");
        browser.open("mentoring/weights.xhtml");
        WebElement travel = browser.driver.findElement(By.id("weights:travel"));
        travel.clear();
        travel.sendKeys("-5");
        WebElement goals = browser.driver.findElement(By.id("weights:goals"));
        goals.clear();
        goals.sendKeys("35");
        WebElement save = browser.driver.findElement(By.id("weights:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("Travel: must be between 0 and 1000");
        assertThat(browser.driver.findElement(By.id("weights:travel")).getAttribute("value")).startsWith("-5");
        assertThat(browser.driver.findElement(By.id("weights:goals")).getAttribute("value")).startsWith("35");
        List<String> problems = new ArrayList<>();
        scan("coordinator-weights-error", problems);
        assertThat(problems).isEmpty();
        String weights = Http.portal(base).as("coordinator").get(browser.url("api/mentoring/weights")).body();
        assertThat(weights).as("nothing changed").contains("\"goals\":40").contains("\"defaults\":true");
    }

    @Test
    void staffReferAPersonByKeyboardAndSeeTheirReferralWaiting() {
        browser.signInAs("staff");
        browser.open("referral/mentoring.xhtml");
        browser.driver.findElement(By.id("referral:ref")).sendKeys("ST-7788");
        browser.driver.findElement(By.id("referral:district")).sendKeys("Basildon");
        WebElement confidence = browser.driver.findElement(By.cssSelector("input[name='referral:goals'][value='CONFIDENCE']"));
        confidence.sendKeys(Keys.SPACE);
        WebElement save = browser.driver.findElement(By.id("referral:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.text()).contains("ST-7788 is referred");
        String row = browser.driver.findElement(By.id("myReferrals")).getText();
        assertThat(row).contains("ST-7788").contains("Advocacy").contains("Waiting for a mentor");
        List<String> problems = new ArrayList<>();
        scan("staff-referral-done", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void aVolunteerFormWithTooManyPlacesKeepsWhatWasTypedAndNamesTheField() {
        browser.signInAs("coordinator");
        browser.open("mentoring/volunteer.xhtml");
        browser.driver.findElement(By.id("volunteer:name")).sendKeys("Keyboard Volunteer");
        WebElement capacity = browser.driver.findElement(By.id("volunteer:capacity"));
        capacity.clear();
        capacity.sendKeys("6");
        browser.clickAndWait("volunteer:save");
        assertThat(browser.text()).contains("Capacity: Must be between 1 and 5").contains("District: Choose the district");
        assertThat(browser.driver.findElement(By.id("volunteer:name")).getAttribute("value")).isEqualTo("Keyboard Volunteer");
        assertThat(browser.driver.findElement(By.id("volunteer:capacity")).getAttribute("value")).isEqualTo("6");
        browser.screenshot("mentoring-volunteer-error");
    }

    private void scan(String name, List<String> problems) {
        browser.screenshot("axe-" + name.replace('/', '-').replace(".xhtml", ""));
        for (Map<String, Object> v : browser.seriousAccessibilityViolations()) {
            problems.add(name + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " at " + v.get("nodes"));
        }
    }

    @Test
    void aCoordinatorEnrolsATenantByKeyboardAndTheEvaluatorSeesTheComparison() {
        browser.signInAs("coordinator");
        browser.open("housing/enrolment.xhtml");
        new Select(browser.driver.findElement(By.id("programme"))).selectByVisibleText("Peer life coaching pilot");
        browser.clickAndWait("showProgramme");
        String ref = "BR-" + (System.nanoTime() % 100_000);
        browser.driver.findElement(By.id("enrol:ref")).sendKeys(ref);
        new Select(browser.driver.findElement(By.id("enrol:scheme"))).selectByValue("HARLOW_COURT");
        browser.driver.findElement(By.id("enrol:baselineScore")).sendKeys("31");
        browser.driver.findElement(By.id("enrol:eligibilityConfirmed")).sendKeys(Keys.SPACE);
        browser.clickAndWait("enrol:enrolButton");
        assertThat(browser.text()).as("enrolment without consent is refused").contains("Consent: A tenant is enrolled only with their informed consent");
        assertThat(browser.text()).doesNotContain(ref + " is enrolled");
        browser.driver.findElement(By.id("enrol:consent")).sendKeys(Keys.SPACE);
        browser.clickAndWait("enrol:enrolButton");
        assertThat(browser.text()).containsPattern(ref + " is enrolled and randomised to (COACHED|CONTROL)");
        browser.screenshot("housing-enrolled");

        browser.signInAs("evaluator");
        browser.open("housing/evaluation.xhtml");
        new Select(browser.driver.findElement(By.id("programme"))).selectByVisibleText("Peer life coaching pilot (recruiting)");
        browser.clickAndWait("showAnalysis");
        assertThat(Integer.parseInt(browser.driver.findElement(By.id("consort-randomised")).getText().replaceAll("\\D", "")))
                .as("the demo's 16 and the one just enrolled").isGreaterThanOrEqualTo(17);
        assertThat(browser.text()).contains("The allocation chain is intact").doesNotContain("ANCOVA, adjusted for baseline (primary)");
        openStatisticsDetails();
        assertThat(browser.text()).contains("ANCOVA, adjusted for baseline (primary)");
        assertThat(browser.driver.findElement(By.id("ancova-effect")).getText()).matches("-?\\d+\\.\\d\\d");
        browser.screenshot("housing-evaluation");
    }

    @Test
    void theEvaluatorSeesTheBaselineTableYesNoOutcomesAndAPublicationViewWithSmallCellsHidden() {
        browser.signInAs("evaluator");
        browser.open("housing/evaluation.xhtml");
        new Select(browser.driver.findElement(By.id("programme"))).selectByVisibleText("Peer life coaching pilot (recruiting)");
        browser.clickAndWait("showAnalysis");
        assertThat(browser.text()).contains("Tenancy sustained at 12 months").contains("Moved on to independent living");
        assertThat(browser.driver.findElement(By.id("consort-allocated-COACHED")).getText()).matches("(?s).*\\d+.*").doesNotContain("<10");
        assertThat(browser.driver.findElement(By.id("window-OUT_OF_WINDOW")).getText()).startsWith("Recorded outside the window");
        openStatisticsDetails();
        assertThat(browser.text()).contains("Baseline by arm");
        assertThat(browser.driver.findElement(By.id("baselineScores")).getText()).contains("Home and wellbeing (ecdp)");

        browser.driver.findElement(By.id("publication")).sendKeys(Keys.SPACE);
        browser.clickAndWait("showAnalysis");
        assertThat(browser.driver.findElement(By.id("publicationNote")).getText()).contains("Counts under 10 are shown as <10");
        assertThat(browser.driver.findElement(By.id("consort-allocated-COACHED")).getText()).contains("<10");
        openStatisticsDetails();
        assertThat(browser.driver.findElement(By.id("baselineSchemes")).getText()).contains("<10").doesNotContainPattern("\\b[1-9]\\b");
        browser.screenshot("housing-evaluation-publication");
    }

    @Test
    void theCoachSeesWhichMeasuresAreDueLateOrMissing() {
        browser.signInAs("coach");
        browser.open("housing/caseload.xhtml");
        String measures = browser.driver.findElement(By.id("measures")).getText();
        assertThat(measures).contains("HOME_WELLBEING").containsPattern("Due|Late|Missing|Recorded outside the window");
        assertThat(browser.text()).contains("Record a yes/no outcome");
        browser.screenshot("housing-caseload-measures");
    }

    /**
     * The forms below the tables of the caseload, enrolment and set-up pages keep what was chosen
     * when something is missing and say what, beside the field; a complete session is logged.
     */
    @Test
    void theHousingFormsKeepWhatWasChosenAndSayWhatIsMissing() {
        browser.signInAs("coach");
        browser.open("housing/caseload.xhtml");
        Select sessionTenant = new Select(browser.driver.findElement(By.id("session:sessionParticipant")));
        String ref = sessionTenant.getOptions().get(1).getText();
        sessionTenant.selectByVisibleText(ref);
        browser.driver.findElement(By.id("session:topics:0")).sendKeys(Keys.SPACE);
        browser.clickAndWait("session:logSession");
        assertThat(browser.text()).contains("Session logged.");
        assertThat(browser.driver.findElement(By.id("sessions")).getText()).contains(ref);

        new Select(browser.driver.findElement(By.id("outcome:outcomeParticipant"))).selectByVisibleText(ref);
        browser.driver.findElement(By.id("outcome:score")).sendKeys("25");
        browser.clickAndWait("outcome:recordOutcome");
        assertThat(browser.text()).as("no timepoint chosen").contains("Timepoint: Choose M3, M6 or M12").doesNotContain("Outcome recorded.");
        assertThat(new Select(browser.driver.findElement(By.id("outcome:outcomeParticipant"))).getFirstSelectedOption().getText()).isEqualTo(ref);
        assertThat(browser.driver.findElement(By.id("outcome:score")).getAttribute("value")).isEqualTo("25.0");

        new Select(browser.driver.findElement(By.id("binary:binaryParticipant"))).selectByVisibleText(ref);
        new Select(browser.driver.findElement(By.id("binary:binaryAchieved"))).selectByVisibleText("Yes");
        browser.clickAndWait("binary:recordBinary");
        assertThat(browser.text()).contains("Outcome: Choose the outcome").doesNotContain("Outcome recorded.");
        assertThat(new Select(browser.driver.findElement(By.id("binary:binaryAchieved"))).getFirstSelectedOption().getText()).isEqualTo("Yes");

        browser.signInAs("coordinator");
        browser.open("housing/enrolment.xhtml");
        Select leaver = new Select(browser.driver.findElement(By.id("withdraw:participant")));
        String leaverRef = leaver.getOptions().get(1).getText();
        leaver.selectByVisibleText(leaverRef);
        browser.clickAndWait("withdraw:withdrawButton");
        assertThat(browser.text()).contains("Reason code: Choose the kind of reason").doesNotContain("withdrawal is recorded");
        assertThat(new Select(browser.driver.findElement(By.id("withdraw:participant"))).getFirstSelectedOption().getText()).isEqualTo(leaverRef);
        browser.clickAndWait("binary:recordBinary");
        assertThat(browser.text()).contains("Participant: Choose the tenant");

        browser.signInAs("admin");
        browser.open("housing/setup.xhtml");
        browser.driver.findElement(By.id("coach:livedExperience")).sendKeys("Lived in supported housing");
        browser.clickAndWait("coach:defineCoach");
        assertThat(browser.text()).contains("Coach: Name a portal account that has the coach role");
        assertThat(browser.driver.findElement(By.id("coach:livedExperience")).getAttribute("value")).isEqualTo("Lived in supported housing");
        assertThat(browser.driver.findElement(By.id("coach:caseloadLimit")).getAttribute("value")).isEqualTo("10");
        browser.screenshot("housing-forms-kept");
    }

    @Test
    void theAdministratorSetsUpABandedProgrammeWithAChecklistAndABadCutPointIsNamed() {
        browser.signInAs("admin");
        browser.open("housing/setup.xhtml");
        String name = "Banded pilot " + (System.nanoTime() % 100_000);
        browser.driver.findElement(By.id("programme:name")).sendKeys(name);
        browser.driver.findElement(By.id("programme:schemes")).sendKeys("HARLOW_COURT, BASILDON_HOUSE");
        browser.driver.findElement(By.id("programme:eligibility")).sendKeys("Aged 18 or over\nHolds a supported housing tenancy");
        browser.driver.findElement(By.id("programme:byBand")).sendKeys(Keys.SPACE);
        new Select(browser.driver.findElement(By.id("programme:bandInstrument"))).selectByValue("HOME_WELLBEING");
        browser.driver.findElement(By.id("programme:bandCuts")).sendKeys("30, 20");
        browser.clickAndWait("programme:createProgramme");
        assertThat(browser.text()).contains("Band cuts").doesNotContain(name + " is set up");
        assertThat(browser.driver.findElement(By.id("programme:name")).getAttribute("value")).as("what was typed is kept").isEqualTo(name);
        browser.screenshot("housing-setup-error");

        browser.driver.findElement(By.id("programme:bandCuts")).clear();
        browser.driver.findElement(By.id("programme:bandCuts")).sendKeys("20, 30");
        browser.clickAndWait("programme:createProgramme");
        assertThat(browser.text()).contains("Programme " + name + " is set up (RECRUITING)");
        assertThat(browser.driver.findElement(By.id("statusForm:programmes")).getText()).contains(name).contains("scheme x baselineBand");
        browser.screenshot("housing-setup");

        browser.signInAs("coordinator");
        browser.open("housing/enrolment.xhtml");
        new Select(browser.driver.findElement(By.id("programme"))).selectByVisibleText(name);
        browser.clickAndWait("showProgramme");
        assertThat(browser.text()).contains("Eligibility: confirm each criterion").contains("Holds a supported housing tenancy");
        browser.driver.findElement(By.id("enrol:ref")).sendKeys("BAND-1");
        new Select(browser.driver.findElement(By.id("enrol:scheme"))).selectByValue("HARLOW_COURT");
        browser.driver.findElement(By.id("enrol:baselineScore")).sendKeys("25");
        browser.driver.findElement(By.id("enrol:consent")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.id("enrol:eligibility:0")).sendKeys(Keys.SPACE);
        browser.clickAndWait("enrol:enrolButton");
        assertThat(browser.text()).as("the second criterion is not confirmed").contains("Not confirmed: Holds a supported housing tenancy")
                .doesNotContain("BAND-1 is enrolled");
        browser.driver.findElement(By.id("enrol:eligibility:1")).sendKeys(Keys.SPACE);
        browser.clickAndWait("enrol:enrolButton");
        assertThat(browser.text()).containsPattern("BAND-1 is enrolled and randomised to (COACHED|CONTROL)");
        browser.screenshot("housing-enrolled-checklist");

        browser.signInAs("admin");
        browser.open("housing/setup.xhtml");
        WebElement close = browser.driver.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]//input[contains(@id,':close')]"));
        close.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntilGone(close);
        assertThat(browser.text()).contains(name + " is closed");
        assertThat(browser.driver.findElement(By.xpath("//tr[td[1][normalize-space()='" + name + "']]")).getText()).contains("CLOSED");
    }

    /**
     * A commissioner reads the evaluation: the first thing in the results is one plain sentence with
     * the effect in points, its likely range and the group sizes (the same numbers as the CONSORT
     * flow and the ANCOVA table); the statistics open from their expander by keyboard; the chart's
     * arms sit either side of each time; no arm or programme code is shown; and the publication view
     * writes no count from 1 to 9 anywhere, withdrawal reasons included.
     */
    @Test
    void aCommissionerReadsWhatTheEvaluationMeansAndThePublicationViewGivesNoSmallCountAway() throws Exception {
        long programme = programmeWithFiftyTenants();
        browser.signInAs("evaluator");
        browser.open("housing/evaluation.xhtml?programme=" + programme + "&timepoint=M3");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;

        assertThat(js.executeScript("return document.getElementById('evaluationResults').firstElementChild.id")).isEqualTo("whatThisMeans");
        assertThat(browser.driver.findElement(By.id("whatThisMeansHeading")).getText()).isEqualTo("What this means");
        String meaning = browser.driver.findElement(By.id("whatThisMeansText")).getText();
        java.util.regex.Matcher sentence = java.util.regex.Pattern.compile("Tenants who were coached scored on average (\\d+\\.\\d) points higher"
                + " \\(better\\) on Home and wellbeing \\(ecdp\\) at 3 months than those who were not \\(likely between (\\d+\\.\\d) and"
                + " (\\d+\\.\\d) points\\), comparing (\\d+) coached and (\\d+) control tenants\\. This difference is unlikely to be chance\\.")
                .matcher(meaning);
        assertThat(sentence.matches()).as(meaning).isTrue();
        double effect = Double.parseDouble(sentence.group(1));
        assertThat(Double.parseDouble(sentence.group(2))).isPositive().isLessThan(effect);
        assertThat(Double.parseDouble(sentence.group(3))).isGreaterThan(effect);
        assertThat(sentence.group(4)).as("the coached group is the flow's analysed").isEqualTo(browser.driver.findElement(By.id("consort-analysed-COACHED")).getText());
        assertThat(sentence.group(5)).isEqualTo(browser.driver.findElement(By.id("consort-analysed-CONTROL")).getText());
        assertThat(Integer.parseInt(sentence.group(4)) + Integer.parseInt(sentence.group(5))).as("50 randomised, 2 withdrew").isEqualTo(48);
        assertThat(meaning).as("both groups are 20 or more").doesNotContain("early sign");

        String shown = (String) js.executeScript("return document.querySelector('main').textContent");
        assertThat(shown).contains("Coached").contains("Control (no coaching)").doesNotContain("COACHED").doesNotContain("CONTROL")
                .doesNotContain("HOME_WELLBEING").doesNotContain("HARLOW_COURT").doesNotContain("RECRUITING");
        assertThat(browser.driver.findElement(By.id("withdrawalReasons")).getText()).as("outside the publication view the counts are shown")
                .containsPattern("Moved away from the scheme [01] [01]").containsPattern("Health reasons [01] [01]");
        assertThat(browser.driver.findElement(By.id("mic-difference")).getText()).matches("\u2212?\\d+ percentage points \\(95% CI .*\\)");

        // the two arms' points and bars sit either side of each time, clear of each other
        @SuppressWarnings("unchecked")
        List<List<Number>> centres = (List<List<Number>>) js.executeScript("const c = [...document.querySelectorAll('.means-chart circle')];"
                + " const r = [...document.querySelectorAll('.means-chart rect')];"
                + " return c.map((e, i) => [e.cx.baseVal.value, r[i].x.baseVal.value + 5]);");
        assertThat(centres).as("baseline and 3 months").hasSize(2);
        centres.forEach(pair -> assertThat(pair.get(0).doubleValue() + 6).isLessThan(pair.get(1).doubleValue() - 5));
        assertThat(browser.driver.findElement(By.id("chartLegend")).getText()).contains("solid line").contains("Coached")
                .contains("dashed line").contains("Control (no coaching)");

        WebElement details = browser.driver.findElement(By.id("statisticsDetails"));
        assertThat(details.getAttribute("open")).as("the statistics start folded").isNull();
        assertThat(browser.driver.findElement(By.id("ancova-effect")).isDisplayed()).isFalse();
        openStatisticsDetails();
        assertThat(details.getAttribute("open")).isNotNull();
        WebElement ancova = browser.driver.findElement(By.id("ancova-effect"));
        assertThat(ancova.isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("results")).getText()).contains("ANCOVA, adjusted for baseline (primary)");
        assertThat(Double.parseDouble(ancova.getText())).as("the sentence rounds the ANCOVA effect").isCloseTo(effect, org.assertj.core.api.Assertions.within(0.051));
        List<String> problems = new ArrayList<>();
        scan("evaluator-evaluation-what-this-means", problems);
        photographWhole("housing-evaluation-what-this-means");

        browser.driver.findElement(By.id("publication")).sendKeys(Keys.SPACE);
        browser.clickAndWait("showAnalysis");
        assertThat(browser.driver.findElement(By.id("publicationNote")).isDisplayed()).isTrue();
        for (String reason : List.of("MOVED_AWAY", "HEALTH")) {
            assertThat(browser.driver.findElement(By.id("reason-" + reason)).getText()).as(reason).endsWith("<10 <10")
                    .doesNotContainPattern("\\b[1-9]\\b");
        }
        assertThat(browser.driver.findElement(By.id("withdrawalReasons")).getText()).doesNotContainPattern("\\b[1-9]\\b");
        @SuppressWarnings("unchecked")
        List<String> counted = (List<String>) js.executeScript("return [...document.querySelectorAll("
                + "'#evaluationResults td, .consort-box strong, #possibleReenrolments, #chainStatus, #whatThisMeansText')]"
                + ".map(e => e.textContent.trim())");
        List<String> small = new ArrayList<>();
        // a whole number, not part of a decimal, nor the "3" of "at 3 months"
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile("(?<![\\d.,])\\d+(?![\\d.,]| months)");
        for (String text : counted) {
            java.util.regex.Matcher number = whole.matcher(text);
            while (number.find()) {
                if (Integer.parseInt(number.group()) < 10) {
                    small.add(text);
                }
            }
        }
        assertThat(small).as("no count under 10 in the publication view").isEmpty();
        assertThat(counted).as("the cells were read").hasSizeGreaterThan(40);
        assertThat(browser.driver.findElement(By.id("whatThisMeansText")).getText()).contains("points higher").contains("comparing");
        scan("evaluator-evaluation-publication", problems);
        photographWhole("housing-evaluation-publication-view");
        assertThat(problems).isEmpty();
    }

    /** Opens "Statistics details" as a keyboard user does: focus on its summary, then Enter. */
    private void openStatisticsDetails() {
        WebElement summary = browser.driver.findElement(By.id("statisticsSummary"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", summary);
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(summary);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("statisticsDetails")).getAttribute("open") != null);
    }

    /** The whole page at 1280 and 390 px wide (the window as tall as the page), which must not scroll sideways on the phone. */
    private void photographWhole(String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        try {
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
                browser.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 12_000)));
                browser.screenshot(name + "-" + width);
                List<?> w = (List<?>) js.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                assertThat(((Number) w.get(0)).longValue()).as(name + ": no sideways scrolling at " + width + " px")
                        .isLessThanOrEqualTo(((Number) w.get(1)).longValue());
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * A programme of 50 tenants in two schemes, each with a 3-month score (coached tenants about 2.5
     * points further on), except two who withdrew: one moved away, one for health reasons.
     */
    private long programmeWithFiftyTenants() throws Exception {
        long programme = apiIdAs("evaluator", "api/housing/programmes", """
                {"name":"Commissioner view %s","schemes":["HARLOW_COURT","BASILDON_HOUSE"],"instruments":["HOME_WELLBEING"],
                 "strata":["scheme"],"blockSizes":[2,4],"ratio":[1,1]}""".formatted(java.util.UUID.randomUUID()));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        for (int i = 0; i < 50; i++) {
            double baseline = 20 + (i * 7) % 13;
            HttpResponse<String> enrolled = apiPostAs("coordinator", "api/housing/programmes/" + programme + "/participants", """
                    {"ref":"CV-%d","scheme":"%s","consent":true,"baseline":{"instrument":"HOME_WELLBEING","score":%s}}"""
                    .formatted(i, i % 2 == 0 ? "HARLOW_COURT" : "BASILDON_HOUSE", baseline));
            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
            jakarta.json.JsonObject tenant = json(enrolled.body());
            long id = tenant.getJsonNumber("id").longValue();
            if (i >= 48) {
                HttpResponse<String> withdrawn = apiPostAs("coordinator", "api/housing/participants/" + id + "/withdrawal", """
                        {"reason":"Left","reasonCode":"%s","on":"%s"}""".formatted(i == 48 ? "MOVED_AWAY" : "HEALTH", today));
                assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
                continue;
            }
            // coached tenants gain 3 to 6 points (three in four reach the minimal important change of 4), control tenants 0 to 4
            double followUp = baseline + ("COACHED".equals(tenant.getString("arm")) ? 3 + i % 4 : i % 5);
            HttpResponse<String> scored = apiPostAs("evaluator", "api/housing/participants/" + id + "/outcomes", """
                    {"instrument":"HOME_WELLBEING","timepoint":"M3","score":%s,"recordedOn":"%s"}""".formatted(followUp, today));
            assertThat(scored.statusCode()).as(scored.body()).isEqualTo(201);
        }
        return programme;
    }

    private long apiIdAs(String user, String path, String json) throws Exception {
        HttpResponse<String> created = apiPostAs(user, path, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created);
    }

    private HttpResponse<String> apiPostAs(String user, String path, String json) throws Exception {
        return Http.portal(base).as(user).post(browser.url(path), json);
    }
}
