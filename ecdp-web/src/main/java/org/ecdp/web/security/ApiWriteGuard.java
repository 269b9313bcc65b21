package org.ecdp.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The API's rules for browsers (shared/API.md, "Writes and browsers"), before any resource runs:
 * <ul>
 * <li>a write (POST, PUT, PATCH, DELETE) with a body takes {@code application/json}, or
 * {@code multipart/form-data} on an upload path; any other type is 415. Form and text bodies are
 * what a hostile page can make a browser send without asking, so they never reach a resource.</li>
 * <li>a write the browser marks {@code Sec-Fetch-Site: cross-site}, or whose {@code Origin} is
 * neither the portal's public address ({@code ECDP_PUBLIC_URL}) nor the address the request was
 * sent to, is 403.</li>
 * <li>only a request whose raw path really starts with {@code /api/} reaches the API. The
 * container maps {@code /api;x/...}, {@code //api/...} or {@code /%61pi/...} here too, but the
 * sign-in mechanism, reading the raw path, would have treated those as pages and used the
 * browser's session: they are 404.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiWriteGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> UPLOADS = Set.of("/api/entries/import");

    private transient PublicUrl publicUrl;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        publicUrl = PublicUrl.fromConfig();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.equals("/api") || path.startsWith("/api/")) || path.indexOf(';') >= 0 || path.indexOf('%') >= 0
                || path.contains("//")) {
            Problems.write(response, 404, "Not Found", "No such API address");
            return;
        }
        if (WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            String refusal = crossSite(request);
            if (refusal != null) {
                Problems.write(response, 403, "Forbidden", refusal);
                return;
            }
            if (!acceptable(request, path)) {
                Problems.write(response, 415, "Unsupported Media Type",
                        UPLOADS.contains(path) ? "Send the file as multipart/form-data" : "Send the body as application/json");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private String crossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return "Writes from another site are refused";
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return null; // not a browser's cross-origin request: scripts and partners' systems send none
        }
        if (origin.equalsIgnoreCase(publicUrl.origin().orElse(null)) || origin.equalsIgnoreCase(ownOrigin(request))) {
            return null;
        }
        return "Writes from another origin are refused";
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(request.getScheme() + "://" + host.trim());
            return uri.getHost() == null ? null : PublicUrl.origin(request.getScheme(), uri.getHost(), uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean acceptable(HttpServletRequest request, String path) {
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            // a body-less write (DELETE, a review) has nothing to interpret; a body needs a type
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || UPLOADS.contains(path) && media.equals("multipart/form-data");
    }
}
