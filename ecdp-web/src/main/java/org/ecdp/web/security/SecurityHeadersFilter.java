package org.ecdp.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response. The content security policy allows only this origin and
 * no inline or evaluated script: pages run in PrimeFaces' CSP mode ({@code primefaces.CSP} in
 * web.xml), which moves event handlers into scripts carrying a fresh nonce and sends the policy
 * of {@code primefaces.CSP_POLICY} with that nonce appended. Every other response (the API,
 * resources, redirects) gets the same policy without a nonce. A page's policy replaces the
 * default one rather than being added beside it: two policies would both apply, and the
 * default one would block the nonce scripts. Inline styles stay allowed (PrimeFaces positions
 * overlays with them). No framing by anyone. With an https public address, HSTS.
 */
// ERROR and FORWARD too: an error page is a Faces page with its own nonce policy, which must replace the default one
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP_HEADER = "Content-Security-Policy";
    static final String POLICY_PARAM = "primefaces.CSP_POLICY";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private transient String policy;
    private transient boolean https;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = defaultPolicy(config.getServletContext().getInitParameter(POLICY_PARAM));
        https = PublicUrl.fromConfig().isHttps();
    }

    static String defaultPolicy(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(POLICY_PARAM + " must be set in web.xml");
        }
        return configured.trim();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP_HEADER, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a page's nonce policy take the place of the default policy instead of joining it. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
