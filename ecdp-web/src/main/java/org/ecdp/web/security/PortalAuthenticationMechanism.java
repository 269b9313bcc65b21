package org.ecdp.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.ecdp.web.config.DatabaseOutage;
import org.ecdp.web.shell.OutagePage;

/**
 * One mechanism, two doors. Pages: form sign-in through {@code login.xhtml}, remembered in
 * the HTTP session (a fresh session id at sign-in). API ({@code /api/...}): HTTP Basic on
 * every request and never the session, so a browser's cookie cannot be used to call the
 * API on a user's behalf.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "ecdp.caller";
    static final String SESSION_GROUPS = "ecdp.groups";
    public static final String SESSION_RETURN_TO = "ecdp.returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            try {
                if (isApi(request)) {
                    response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                    Problems.write(response, 503, "Service Unavailable", "The portal cannot reach its database just now. Try again in a minute.");
                    response.flushBuffer();
                } else {
                    OutagePage.write(request, response);
                }
            } catch (IOException e) {
                response.setStatus(503);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApi(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(SESSION_GROUPS, Set.copyOf(result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) != null) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin((String) session.getAttribute(SESSION_CALLER), groups);
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            request.getSession(true).setAttribute(SESSION_RETURN_TO, target);
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing(); // anonymous: the API's own filter answers 401
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badBase64) {
            return unauthorized(response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        try {
            Problems.write(response, 401, "Unauthorized", "Username or password not recognised");
        } catch (IOException e) {
            response.setStatus(401);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
            session.removeAttribute(SESSION_GROUPS);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
