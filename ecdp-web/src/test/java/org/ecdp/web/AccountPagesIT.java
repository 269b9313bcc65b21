package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.jsonArray;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.ecdp.web.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account pages in a real browser: a password the administrator set is changed at the
 * first sign-in, with the keyboard only; the change-password page passes axe; disabling a user
 * on the administrator's page asks first.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPagesIT {

    private static final String GIVEN = "blue tractor meadow";

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
    void aNewAccountIsSentToChangeItsPasswordAndDoesSoWithTheKeyboard() throws Exception {
        String name = createdByTheAdministrator();
        browser.signIn(name, GIVEN);
        waitForUrl("account/password.xhtml");
        assertThat(browser.text()).contains("set by an administrator");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.open("index.xhtml");
        assertThat(browser.driver.getCurrentUrl()).as("no other page until it is changed").contains("account/password.xhtml");

        WebElement current = browser.driver.findElement(By.id("passwordForm:current"));
        current.sendKeys(GIVEN + Keys.TAB + "my own quiet garden" + Keys.TAB + "my own quiet garden");
        WebElement save = browser.driver.findElement(By.id("passwordForm:save"));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        waitForUrl("index.xhtml");
        assertThat(browser.text()).contains("Your password is changed");

        browser.signIn(name, "my own quiet garden");
        waitForUrl("index.xhtml");
        assertThat(browser.text()).contains("Signed in as");
    }

    @Test
    void aMistypedRepeatIsExplainedBesideTheFieldAndThePageStaysAccessible() {
        browser.signInAs("officer");
        browser.open("account/password.xhtml");
        assertThat(browser.text()).doesNotContain("set by an administrator");
        browser.driver.findElement(By.id("passwordForm:current")).sendKeys("demo");
        browser.driver.findElement(By.id("passwordForm:chosen")).sendKeys("lantern over the bridge");
        browser.driver.findElement(By.id("passwordForm:repeated")).sendKeys("lantern over the brigde");
        browser.clickAndWait("passwordForm:save");
        assertThat(browser.driver.findElement(By.id("passwordForm:repeatedError")).getText()).contains("not the same");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void disablingAUserAsksForConfirmationFirst() throws Exception {
        String name = createdByTheAdministrator();
        browser.signInAs("admin");
        browser.open("admin/users.xhtml");
        WebElement disable = browser.driver.findElement(By.cssSelector("input[title='Disable " + name + "']"));
        disable.click();
        browser.waitUntilGone(disable);
        assertThat(browser.text()).contains("Disable " + name + "?");
        assertThat(enabled(name)).as("nothing happened yet").isTrue();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        WebElement confirm = browser.driver.findElement(By.cssSelector("input[title='Yes, disable " + name + "']"));
        assertThat(browser.driver.switchTo().activeElement()).as("the confirmation has the focus").isEqualTo(confirm);
        confirm.sendKeys(Keys.ENTER);
        browser.waitUntilGone(confirm);
        assertThat(enabled(name)).isFalse();
    }

    private void waitForUrl(String part) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    private String createdByTheAdministrator() throws Exception {
        String name = "page" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin().post("api/users", "{\"username\":\"" + name + "\",\"name\":\"Page Person\",\"password\":\""
                        + GIVEN + "\",\"roles\":[\"COACH\"],\"services\":[]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    private boolean enabled(String name) throws Exception {
        HttpResponse<String> list = admin().get("api/users");
        return jsonArray(list.body()).stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(name)).findFirst().orElseThrow().getBoolean("enabled");
    }

    private Http admin() {
        return Http.portal(base).as("admin");
    }
}
