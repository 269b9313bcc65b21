package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network admin opens an organisation in a real browser, by keyboard only (Tab from field to
 * field, Space for the checkbox, Enter for links and buttons), first getting each mistake named
 * beside its field with what was typed kept; then the new organisation's administrator signs in,
 * chooses their own password as the portal asks, and arrives at their organisation's home.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationsPageIT {

    private static final String FIRST = "violet harbour lantern";
    private static final String OWN = "copper meadow whistle";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    @Test
    void theNetworkAdminOpensAnOrganisationByKeyboardAndItsAdministratorSignsIn() {
        Browser browser = browsers.signedOut(base);
        List<String> problems = new ArrayList<>();
        browser.signInAs("network");
        assertThat(browser.present("home-network")).as("the network admin's home says what they do").isTrue();
        assertThat(browser.text()).doesNotContain("You do not have access");
        scan(browser, "network-home", problems);
        WebElement menu = browser.driver.findElement(By.id("nav-organisations"));
        menu.sendKeys(Keys.ENTER);
        browser.waitUntilGone(menu);
        assertThat(browser.title()).startsWith("Organisations");
        assertThat(browser.driver.findElement(By.id("organisations")).getText()).contains("SOUTHEND_DPULO").contains("ECDP");
        scan(browser, "network-organisations", problems);

        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String code = "KEYS_" + suffix.toUpperCase();
        String admin = "keys" + suffix;
        browser.driver.findElement(By.id("organisation:code")).sendKeys("not a code");
        type(browser, Keys.TAB, "");
        type(browser, Keys.TAB, " ");
        type(browser, Keys.TAB, admin);
        type(browser, Keys.TAB, "Kim Keys");
        type(browser, Keys.TAB, "short");
        type(browser, Keys.TAB, Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("errorSummary")));
        assertThat(browser.driver.findElement(By.id("organisation:codeError")).getText()).startsWith("Code:");
        assertThat(browser.driver.findElement(By.id("organisation:nameError")).getText()).startsWith("Name:");
        assertThat(browser.driver.findElement(By.id("organisation:adminPasswordError")).getText()).startsWith("Admin password:");
        assertThat(browser.driver.findElement(By.id("organisation:code")).getAttribute("value")).isEqualTo("not a code");
        assertThat(browser.driver.findElement(By.id("organisation:adminUsername")).getAttribute("value")).isEqualTo(admin);
        assertThat(browser.driver.findElement(By.id("organisation:sharesAggregates")).isSelected()).as("the checkbox kept").isTrue();
        assertThat(browser.driver.findElement(By.id("organisation:code")).getAttribute("aria-invalid")).isEqualTo("true");
        scan(browser, "network-organisations-error", problems);

        WebElement codeField = browser.driver.findElement(By.id("organisation:code"));
        codeField.sendKeys(Keys.chord(Keys.CONTROL, "a"), code);
        type(browser, Keys.TAB, "Keyboard Organisation " + suffix);
        browser.driver.findElement(By.id("organisation:adminPassword")).sendKeys(FIRST);
        WebElement open = browser.driver.findElement(By.id("organisation:open"));
        open.sendKeys(Keys.ENTER);
        browser.waitUntilGone(open);
        assertThat(browser.text()).contains("Organisation Keyboard Organisation " + suffix + " (" + code + ") is open");
        assertThat(browser.driver.findElement(By.id("organisation-" + code)).getText()).contains("Keyboard Organisation " + suffix).contains("Yes");
        scan(browser, "network-organisations-opened", problems);

        browser.signIn(admin, FIRST);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("account/password.xhtml"));
        browser.driver.findElement(By.id("passwordForm:current")).sendKeys(FIRST);
        type(browser, Keys.TAB, "");
        browser.driver.findElement(By.id("passwordForm:chosen")).sendKeys(OWN);
        browser.driver.findElement(By.id("passwordForm:repeated")).sendKeys(OWN);
        WebElement save = browser.driver.findElement(By.id("passwordForm:save"));
        save.sendKeys(Keys.ENTER);
        browser.waitUntilGone(save);
        assertThat(browser.driver.getCurrentUrl()).contains("index.xhtml");
        assertThat(browser.present("home-admin")).isTrue();
        assertThat(browser.present("nav-organisations")).as("an organisation's admin does not manage the network").isFalse();
        browser.open("admin/users.xhtml");
        assertThat(browser.driver.findElement(By.id("listForm:users")).getText()).contains(admin).doesNotContain("southend").doesNotContain("Nia Network");
        assertThat(problems).isEmpty();
    }

    /** Moves on with Tab and types into the field that then has the focus. */
    private static void type(Browser browser, Keys move, CharSequence keys) {
        browser.driver.switchTo().activeElement().sendKeys(move);
        if (keys.length() > 0) {
            browser.driver.switchTo().activeElement().sendKeys(keys);
        }
    }

    private static void scan(Browser browser, String name, List<String> problems) {
        browser.screenshot("axe-" + name);
        for (Map<String, Object> v : browser.seriousAccessibilityViolations()) {
            problems.add(name + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " at " + v.get("nodes"));
        }
    }
}
