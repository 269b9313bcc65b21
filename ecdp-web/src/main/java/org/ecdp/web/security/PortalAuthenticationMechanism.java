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
import java.util.Optional;
import java.util.Set;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ecdp.domain.user.boundary.Users;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecdp.web.config.DatabaseOutage;
import org.ecdp.web.shell.OutagePage;

/**
 * One mechanism, two doors. Pages: form sign-in through {@code login.xhtml}, remembered in
 * the HTTP session (a fresh session id at sign-in). API ({@code /api/...}): HTTP Basic on
 * every request and never the session, so a browser's cookie cannot be used to call the
 * API on a user's behalf.
 *
 * <p>Both doors go through the {@link LoginThrottle} (counted before the password is checked)
 * and write failures to the audit trail. A page session is checked against the account on
 * every request (one small indexed read): it ends as soon as the account is disabled, its
 * roles change or its password changes (the account's session stamp moved), and in any case
 * {@code ecdp.session.max-hours} (default 12) after signing in. An account whose password was
 * set by someone else is sent to {@code /account/password.xhtml} until its owner changes it.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "ecdp.caller";
    static final String SESSION_GROUPS = "ecdp.groups";
    static final String SESSION_STAMP = "ecdp.stamp";
    static final String SESSION_SINCE = "ecdp.since";
    public static final String SESSION_RETURN_TO = "ecdp.returnTo";
    static final String CHANGE_PASSWORD = "/account/password.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    PortalIdentityStore identityStore;

    @Inject
    SignInAudit signIns;

    @Inject
    Users users;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ecdp.session.max-hours", defaultValue = "12")
    long maxSessionHours;

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
            return signIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) != null) {
            String caller = (String) session.getAttribute(SESSION_CALLER);
            Optional<Users.SessionState> state = users.sessionState(caller);
            String ended = whySessionEnds(session, state);
            if (ended == null) {
                if (state.get().mustChangePassword() && !mayVisitBeforeChangingPassword(path(request))) {
                    return context.redirect(request.getContextPath() + CHANGE_PASSWORD);
                }
                @SuppressWarnings("unchecked")
                Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
                return context.notifyContainerAboutLogin(caller, groups);
            }
            session.invalidate();
            signIns.sessionEnded(caller, ended);
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

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        String username = credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
        String address = request.getRemoteAddr();
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        if (attempt == LoginThrottle.Attempt.REFUSED) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked(credential, username, address);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed(username, address, attempt, "page");
            return AuthenticationStatus.SEND_FAILURE;
        }
        String caller = result.getCallerPrincipal().getName();
        throttle.succeeded(username, address);
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_CALLER, caller);
        session.setAttribute(SESSION_GROUPS, Set.copyOf(result.getCallerGroups()));
        session.setAttribute(SESSION_STAMP, users.sessionState(caller).map(Users.SessionState::stamp).orElse(-1L));
        session.setAttribute(SESSION_SINCE, Instant.now(clock));
        signIns.signedIn(caller, address);
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The password checked; when it could not be (the database is away), the attempt is given back
     * to the throttle before the outage is answered (503). It used to stay counted and "being
     * checked": every client of the API was paused after five requests during an outage, and each
     * later request waited 2 s for the lost checks and was refused with 401, for half a minute and
     * more after the database was back.
     */
    private CredentialValidationResult checked(Credential credential, String username, String address) {
        try {
            return identityStores.validate(credential);
        } catch (RuntimeException undecided) {
            throttle.undecided(username, address);
            throw undecided;
        }
    }

    private void failed(String username, String address, LoginThrottle.Attempt attempt, String door) {
        throttle.failed(username, address);
        signIns.failed(username, address, door);
        if (attempt == LoginThrottle.Attempt.GO_LAST_BEFORE_PAUSE) {
            signIns.paused(username, address, door);
        }
    }

    /** Null while the session may go on, else why it ends. */
    private String whySessionEnds(HttpSession session, Optional<Users.SessionState> state) {
        if (state.isEmpty() || !state.get().enabled()) {
            return "account disabled or removed";
        }
        if (!Long.valueOf(state.get().stamp()).equals(session.getAttribute(SESSION_STAMP))) {
            return "account changed (roles, password or status) since signing in";
        }
        Instant since = (Instant) session.getAttribute(SESSION_SINCE);
        if (since == null || Instant.now(clock).isAfter(since.plus(Duration.ofHours(maxSessionHours)))) {
            return "signed in more than " + maxSessionHours + " hours ago";
        }
        return null;
    }

    /** After the user changed their own password, this session goes on with the account's new stamp. */
    public static void passwordChanged(HttpSession session, long newStamp) {
        session.setAttribute(SESSION_STAMP, newStamp);
    }

    private static boolean mayVisitBeforeChangingPassword(String path) {
        return path.equals(CHANGE_PASSWORD) || path.equals("/login.xhtml") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/errors/") || path.startsWith("/resources/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        String address = request.getRemoteAddr();
        // the same password as a few minutes ago, and this account not paused from here: no attempt
        // to count (a counted attempt would be given back on success anyway), earlier failures
        // forgiven as by any success. Counting every call of a client posting 200 times a second cost
        // seven data-grid operations per request and compare-and-set retries on one key, and capped
        // the API below 100 requests a second.
        // the throttle's grid is read once for both questions (paused? forgive?)
        LoginThrottle.Standing standing = throttle.standing(username, address);
        Optional<CredentialValidationResult> known = standing.paused() ? Optional.empty()
                : identityStore.recentlyVerified(username, password);
        if (known.isPresent() && standing.admitKnown()) {
            return context.notifyContainerAboutLogin(known.get());
        }
        LoginThrottle.Attempt attempt = throttle.begin(username, address);
        if (attempt == LoginThrottle.Attempt.REFUSED) {
            return unauthorized(response);
        }
        CredentialValidationResult result = checked(new UsernamePasswordCredential(username, password), username, address);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed(username, address, attempt, "api");
            return unauthorized(response);
        }
        throttle.succeeded(username, address);
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
            session.removeAttribute(SESSION_STAMP);
            session.removeAttribute(SESSION_SINCE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
