package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The log's capture form sent more than once (a double-click, a form sent again from the
 * browser's history, a save repeated after an outage) stores one entry: the form carries one
 * idempotency key per rendering, the same mechanism as the API's Idempotency-Key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaptureOnceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    @Test
    void theSameCaptureFormSentThreeTimesAtOnceStoresOneEntry() throws Exception {
        Browser browser = browsers.signedOut(base);
        String word = "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        WebElement themes = browser.driver.findElement(By.id("capture:themes_input"));
        themes.sendKeys("work");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ui-autocomplete-item")));
        themes.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#capture\\:chosenThemes .theme-chip")));
        browser.driver.findElement(By.id("capture:summary")).sendKeys("The lift at the job centre is broken again " + word);

        String key = browser.driver.findElement(By.id("capture:formKey")).getAttribute("value");

        // what three clicks of "Log it" send, all at once, as the browser sends a form
        @SuppressWarnings("unchecked")
        List<Long> statuses = (List<Long>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('capture');
                const body = () => { const data = new URLSearchParams(new FormData(form)); data.append('capture:save', 'Log it'); return data; };
                Promise.all([1, 2, 3].map(() => fetch(form.action, {method: 'POST', body: body(), redirect: 'manual', credentials: 'same-origin'})))
                  .then(answers => done(answers.map(a => a.status)), e => done(['' + e]));""");
        assertThat(statuses).as("each sending answered").hasSize(3);

        browser.open("log/entries.xhtml?service=ADVOCACY");
        assertThat(stored(word)).as("entries stored from one form sent three times").isEqualTo(1);

        assertThat(browser.driver.findElement(By.id("capture:formKey")).getAttribute("value"))
                .as("a newly rendered form has a key of its own, so the next entry is stored").startsWith("capture-").isNotEqualTo(key);
    }

    private long stored(String word) throws Exception {
        HttpResponse<String> found = Http.portal(base).as("officer").get("api/entries?q=" + word);
        return json(found.body()).getInt("total");
    }
}
