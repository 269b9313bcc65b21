package org.ecdp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.ecdp.web.security.PortalAuthenticationMechanism;

/** Sign in and sign out. A failure never says whether the username or the password was wrong. */
@Named
@RequestScoped
public class LoginBacking {

    static final String FAILED = "Username or password not recognised. Check both and try again.";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private boolean failed;

    public boolean isFailed() {
        return failed;
    }

    public String getFailureMessage() {
        return FAILED;
    }

    public void signIn() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpSession old = request.getSession(false);
        String returnTo = old == null ? null : (String) old.getAttribute(PortalAuthenticationMechanism.SESSION_RETURN_TO);
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            ext.redirect(ext.getRequestContextPath() + (isSafe(returnTo) ? returnTo : "/index.xhtml"));
            faces.responseComplete();
        } else {
            password = null;
            failed = true;
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_OK);
        }
    }

    public void signOut() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyOut) {
            // nothing to undo
        }
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
    }

    /** Only paths inside this portal: never an open redirect. */
    static boolean isSafe(String returnTo) {
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
                && !returnTo.startsWith("/api") && !returnTo.contains("jakarta.faces.resource");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
