package org.ecdp.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The one HTTP client the integration tests talk to the portal with: it holds the portal's
 * address and whom to call as (a demo user with HTTP Basic, or no one), and answers the JDK's
 * {@link HttpResponse} so a test asserts on status, headers and body as it always did. Paths are
 * relative to the portal's root ({@code "api/entries"}), appended to it as they are (a test of
 * odd paths gets exactly its path); an {@code http(s)://} address is taken as it is.
 * Immutable: {@link #as(String)} and the {@code with} methods answer a copy.
 */
public final class Http {

    /** The demo users' password. */
    public static final String DEMO_PASSWORD = "demo";

    private static final HttpClient SHARED = HttpClient.newHttpClient();

    private final HttpClient client;
    private final String root;
    private final String authorization;
    private final Duration timeout;

    private Http(HttpClient client, String root, String authorization, Duration timeout) {
        this.client = client;
        this.root = root.endsWith("/") ? root : root + "/";
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** The portal at {@code base}, called as no one. */
    public static Http portal(URL base) {
        return portal(base.toString());
    }

    public static Http portal(URI base) {
        return portal(base.toString());
    }

    public static Http portal(String base) {
        return new Http(SHARED, base, null, null);
    }

    /** A demo user, with the demo password. */
    public Http as(String user) {
        return as(user, DEMO_PASSWORD);
    }

    public Http as(String user, String password) {
        return new Http(client, root, basic(user, password), timeout);
    }

    /** Every request gives up after {@code perRequest}. */
    public Http withTimeout(Duration perRequest) {
        return new Http(client, root, authorization, perRequest);
    }

    /** Sends through {@code other} (its own cookies, redirects or connect timeout). */
    public Http withClient(HttpClient other) {
        return new Http(other, root, authorization, timeout);
    }

    /** Like a browser: keeps its own cookies and follows redirects as {@code redirects} says. */
    public Http withCookies(HttpClient.Redirect redirects) {
        return withClient(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(redirects).build());
    }

    /** The client requests go through (to send a request built elsewhere). */
    public HttpClient client() {
        return client;
    }

    public URI uri(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        return URI.create(root + path);
    }

    /** A request to {@code path} carrying this caller's Authorization and time-out, to add to and {@link #send}. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (timeout != null) {
            request.timeout(timeout);
        }
        return request;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** GETs and answers only the status, the body left unread. */
    public int status(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return sendForBytes(request(path).GET());
    }

    /** POSTs {@code json} as {@code application/json}. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json);
    }

    /** Any method; a non-null {@code json} goes as the {@code application/json} body, a null one sends no body. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, json == null ? null : "application/json", json);
    }

    /** Any method with a body of any type; a null {@code body} sends none, a null {@code contentType} no Content-Type. */
    public HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(method, path, contentType, body));
    }

    /** The request {@link #send(String, String, String, String)} sends, to read its answer another way. */
    public HttpRequest.Builder request(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} header's value for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
