package org.ecdp.web;

import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser a class of browser tests shares: started for its first test (Chromium takes
 * seconds to start), signed out before each test by clearing its cookies, closed after the
 * class. Register it as a static field with {@code @RegisterExtension}. After each test it fails the
 * test if the content security policy blocked anything on the pages it opened.
 */
final class OneBrowserPerClass implements AfterAllCallback, AfterEachCallback {

    private Browser browser;

    /** The class's browser on the deployed portal, with no one signed in. */
    Browser signedOut(URL base) {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        browser.driver.manage().deleteAllCookies();
        return browser;
    }

    /** Every browser test also fails when the page's content security policy blocked anything it needs. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            java.util.List<String> blocked = browser.blockedByPolicy();
            if (!blocked.isEmpty()) {
                throw new AssertionError("The content security policy blocked parts of the page: " + blocked);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
