package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
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
        browser.screenshot(name + "-1280");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        try {
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
