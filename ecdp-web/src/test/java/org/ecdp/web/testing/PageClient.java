package org.ecdp.web.testing;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's pages as a browser meets them, without a browser: its own cookies (the page
 * session), and forms posted with the hidden fields a browser posts: Faces' view state (the
 * form's guard against cross-site requests) and, where the page runs PrimeFaces in CSP mode,
 * PrimeFaces' nonce. For tests of the page session and its headers that need no rendering.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final Http http;

    /** A fresh session on the portal at {@code base}, following redirects as {@code redirects} says. */
    public PageClient(URL base, HttpClient.Redirect redirects) {
        this.http = Http.portal(base).withCookies(redirects);
    }

    /** The client holding this session's cookies (to send a request built elsewhere). */
    public HttpClient client() {
        return http.client();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.get(path);
    }

    /** POSTs an {@code application/x-www-form-urlencoded} form. */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send("POST", path, "application/x-www-form-urlencoded", form);
    }

    /** Fills in and posts the sign-in page's form, and answers the portal's answer to it. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("login.xhtml").body();
        return post("login.xhtml", "login=login&username=" + enc(username) + "&password=" + enc(password) + "&signIn=Sign+in&"
                + tokens(page));
    }

    /** A page's view state, if it has a form. */
    public static Optional<String> viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The nonce PrimeFaces adds to every form it posts, if the page runs it in CSP mode. */
    public static Optional<String> nonce(String page) {
        Matcher m = NONCE.matcher(page);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A page's form's hidden fields, encoded to add to a form body; fails when the page has no form's view state. */
    public static String tokens(String page) {
        String state = viewState(page).orElseThrow(() -> new AssertionError("The page has no form (no jakarta.faces.ViewState)"));
        return "jakarta.faces.ViewState=" + enc(state) + nonce(page).map(n -> "&primefaces.nonce=" + enc(n)).orElse("");
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
