package org.ecdp.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecdp.web.testing.JsonBody.json;
import static org.ecdp.web.testing.PageClient.enc;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecdp.web.testing.Http;
import org.ecdp.web.testing.PageClient;
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
 * What a person chose or typed on the log page is kept when the server no longer holds the page
 * (issue 16): the themes chosen one by one with Ajax travel in the form, so a click that reaches
 * a server whose page never saw them (another instance, as in {@code .ci/cluster-test.sh}) logs
 * them all; and a post to a page whose view has expired is never an error page: the page comes
 * back with a notice, what was typed and the themes, and nothing is stored until it is sent again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeptChoicesIT {

    private static final Pattern CARRIED = Pattern.compile("name=\"capture:carriedThemes\" value=\"([^\"]*)\"");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"capture:formKey\"[^>]*value=\"([^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    static final OneBrowserPerClass browsers = new OneBrowserPerClass();

    @Test
    void themesPickedOnOnePageAreLoggedByALogItClickThatReachesAPageWhichNeverSawThem() throws Exception {
        PageClient staff = signedIn();
        String first = staff.get("log/entries.xhtml?service=ADVOCACY").body();
        String carried = pick(staff, first, "PIP", "");
        carried = pick(staff, first, "HOUSING", carried);
        assertThat(carried).as("the themes the form carries after two picks").isEqualTo("PIP,HOUSING");

        // a second showing of the page: its beans never saw the picks, like the page on another instance
        String other = staff.get("log/entries.xhtml?service=ADVOCACY").body();
        String word = "kc" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = staff.post("log/entries.xhtml", "capture=capture&capture:carriedThemes=" + enc(carried)
                + "&capture:formKey=" + enc(group(FORM_KEY, other)) + "&capture:occurredOn=" + LocalDate.now()
                + "&capture:summary=" + enc("Bus pass refused at the desk " + word) + "&capture:peopleCount=1&capture:save=Log+it&"
                + PageClient.tokens(other));
        assertThat(saved.statusCode()).as("Log it answers with the log page").isEqualTo(302);
        assertThat(themesOf(word)).containsExactly("PIP", "HOUSING");
    }

    @Test
    void anEditSavedFromAPageThatNeverSawTheEditClickIsSavedWithItsThemes() throws Exception {
        String word = "kd" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> logged = Http.portal(base).as("staff").post("api/entries", """
                {"service":"ADVOCACY","occurredOn":"%s","themes":["TRANSPORT"],"summary":"Bus ramp broken %s"}"""
                .formatted(LocalDate.now(), word));
        assertThat(logged.statusCode()).isEqualTo(201);
        long id = json(logged.body()).getJsonNumber("id").longValue();

        // "Edit" was clicked on another instance; this showing of the page never saw it
        PageClient staff = signedIn();
        String page = staff.get("log/entries.xhtml?service=ADVOCACY").body();
        HttpResponse<String> saved = staff.post("log/entries.xhtml", "edit=edit&edit:editedEntry=" + id
                + "&edit:carriedThemes=TRANSPORT,PIP&edit:occurredOn=" + LocalDate.now() + "&edit:summary="
                + enc("Bus ramp broken, driver refused to lower it " + word) + "&edit:peopleCount=1&edit:saveEdit=Save+changes&"
                + PageClient.tokens(page));
        assertThat(saved.statusCode()).as("Save changes answers with the log page").isEqualTo(302);
        assertThat(themesOf(word)).containsExactlyInAnyOrder("TRANSPORT", "PIP");
        assertThat(json(Http.portal(base).as("officer").get("api/entries?q=" + word).body()).getJsonArray("items").getJsonObject(0)
                .getString("summary")).isEqualTo("Bus ramp broken, driver refused to lower it " + word);
    }

    @Test
    void aPostToAnExpiredPageComesBackWithWhatWasTypedAndStoresNothing() throws Exception {
        PageClient staff = signedIn();
        String page = staff.get("log/entries.xhtml?service=ADVOCACY").body();
        String nonce = PageClient.nonce(page).orElseThrow();
        String word = "ke" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> expired = staff.post("log/entries.xhtml?service=ADVOCACY", "capture=capture"
                + "&jakarta.faces.ViewState=" + enc("-1:2") + "&primefaces.nonce=" + enc(nonce) + "&capture:carriedThemes=PIP,NO_SUCH"
                + "&capture:summary=" + enc("Typed before it expired " + word) + "&capture:channel=PHONE&capture:save=Log+it");
        assertThat(expired.statusCode()).as("an expired post is sent back to its page, not an error page").isEqualTo(302);
        assertThat(expired.headers().firstValue("Location").orElse("")).endsWith("/log/entries.xhtml?service=ADVOCACY");

        String again = staff.get("log/entries.xhtml?service=ADVOCACY").body();
        assertThat(again).contains("id=\"expiredNotice\"").contains("nothing you sent was saved")
                .contains("Typed before it expired " + word + "</textarea>")
                .containsPattern("<option value=\"PHONE\" selected=\"selected\">")
                .contains("aria-label=\"Remove theme Benefits › Personal Independence Payment\"");
        assertThat(group(CARRIED, again)).as("only known themes are taken back").isEqualTo("PIP");
        assertThat(themesOf(word)).as("the expired post stored nothing").isNull();
        assertThat(staff.get("log/entries.xhtml?service=ADVOCACY").body()).as("shown again once only").doesNotContain("expiredNotice");

        HttpResponse<String> noNonce = staff.post("log/entries.xhtml", "capture=capture&jakarta.faces.ViewState=" + enc("-1:2")
                + "&capture:summary=x&capture:save=Log+it");
        assertThat(noNonce.statusCode()).as("without PrimeFaces' nonce too (was a 500: Missing CSP nonce)").isEqualTo(302);
        HttpResponse<String> ajax = staff.post("log/entries.xhtml", "capture=capture&jakarta.faces.ViewState=" + enc("-1:2")
                + "&primefaces.nonce=" + enc(nonce) + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=capture:themes"
                + "&jakarta.faces.partial.execute=capture:themes&jakarta.faces.behavior.event=itemSelect&capture:themes_hinput=PIP");
        assertThat(ajax.body()).as("an expired Ajax click").containsPattern("<redirect url=\"[^\"]*/log/entries.xhtml\"").doesNotContain("<error>");
    }

    @Test
    void inABrowserAnExpiredLogItShowsTheFormAgainWithItsThemesAndTheNextLogItStoresIt() throws Exception {
        Browser browser = browsers.signedOut(base);
        String word = "kb" + UUID.randomUUID().toString().substring(0, 8);
        browser.signInAs("staff");
        browser.open("log/entries.xhtml?service=ADVOCACY");
        WebElement themes = browser.driver.findElement(By.id("capture:themes_input"));
        themes.sendKeys("work");
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.ui-autocomplete-item")));
        themes.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#capture\\:chosenThemes .theme-chip")));
        browser.driver.findElement(By.id("capture:summary")).sendKeys("The ramp was broken again " + word);
        // the server forgets the page (its view evicted, or the instance holding it gone)
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('#capture input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = '-1:2');");
        browser.clickAndWait("capture:save");

        assertThat(browser.driver.findElement(By.id("expiredNotice")).getText()).contains("nothing you sent was saved");
        assertThat(browser.driver.findElement(By.id("capture:summary")).getAttribute("value")).isEqualTo("The ramp was broken again " + word);
        List<String> chips = browser.driver.findElements(By.cssSelector("#capture\\:chosenThemes .theme-chip")).stream()
                .map(c -> c.getAttribute("value")).toList();
        assertThat(chips).as("the theme chosen before it expired").hasSize(1);
        assertThat(themesOf(word)).as("nothing stored yet").isNull();
        assertThat(browser.blockedByPolicy()).as("the page shown again runs under its content security policy").isEmpty();

        browser.clickAndWait("capture:save");
        assertThat(browser.text()).contains("Entry logged").contains(word);
        assertThat(themesOf(word)).as("stored with the theme").hasSize(1);
    }

    private PageClient signedIn() throws Exception {
        PageClient staff = new PageClient(base, HttpClient.Redirect.NEVER);
        assertThat(staff.signIn("staff", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return staff;
    }

    /** The theme picker's Ajax pick as PrimeFaces posts it (the whole form); answers the themes the form then carries. */
    private static String pick(PageClient client, String page, String theme, String carried) throws Exception {
        HttpResponse<String> answer = client.post("log/entries.xhtml", "capture=capture&jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=capture:themes&jakarta.faces.partial.execute=capture:themes"
                + "&jakarta.faces.partial.render=" + enc("capture:themes capture:chosenThemes")
                + "&jakarta.faces.behavior.event=itemSelect&jakarta.faces.partial.event=itemSelect&capture:themes_hinput=" + theme
                + "&capture:themes_itemSelect=" + theme + "&capture:carriedThemes=" + enc(carried) + "&" + PageClient.tokens(page));
        return group(CARRIED, answer.body());
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    /** The stored entry's theme codes, null when no entry has the word. */
    private List<String> themesOf(String word) throws Exception {
        var found = json(Http.portal(base).as("officer").get("api/entries?q=" + word).body());
        if (found.getInt("total") == 0) {
            return null;
        }
        return found.getJsonArray("items").getJsonObject(0).getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
    }
}
