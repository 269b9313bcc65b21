package org.ecdp.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded),
 * with the helpers the browser tests share: sign in as a demo user, and an axe-core scan.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    private final String base;

    public Browser(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public String url(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        org.openqa.selenium.WebElement button = driver.findElement(By.id("signIn"));
        button.click();
        waitUntilGone(button);
    }

    /** Waits for a new page: the element that started it no longer belongs to the document. */
    public void waitUntilGone(org.openqa.selenium.WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Clicks and waits for the page that the click loads. */
    public void clickAndWait(String id) {
        org.openqa.selenium.WebElement element = driver.findElement(By.id(id));
        element.click();
        waitUntilGone(element);
    }

    public void signInAs(String demoUser) {
        signIn(demoUser, "demo");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("index.xhtml"));
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /**
     * What the page's content security policy blocked since the last call (an inline handler
     * or script without the page's nonce, an eval): a part of the page that silently does not
     * work. Read from the browser's console, which this empties.
     */
    public List<String> blockedByPolicy() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** Runs axe-core (WCAG 2.0-2.2 A and AA rules) and returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> seriousAccessibilityViolations() {
        String axe = axeSource();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).join(' | ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));");
        return (List<Map<String, Object>>) result;
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("ecdp.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String axeSource() {
        Path axe = Path.of(System.getProperty("ecdp.axe", "node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core not found at " + axe + ": `mvn verify` installs it with npm", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
