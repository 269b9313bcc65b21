package org.ecdp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.ecdp.web.security.PortalAuthenticationMechanism;

/** Sign in and sign out. A failure never says whether the username or the password was wrong. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private final SignInForm form = new SignInForm();

    public void signIn() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpSession old = request.getSession(false);
        String returnTo = old == null ? null : (String) old.getAttribute(PortalAuthenticationMechanism.SESSION_RETURN_TO);
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(form.credential()));
        if (status == AuthenticationStatus.SUCCESS) {
            ext.redirect(ext.getRequestContextPath() + (isSafe(returnTo) ? returnTo : "/index.xhtml"));
            faces.responseComplete();
        } else {
            form.refused();
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

    public SignInForm getForm() {
        return form;
    }
}
