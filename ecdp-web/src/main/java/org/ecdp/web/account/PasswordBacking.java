package org.ecdp.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.ecdp.domain.user.boundary.Caller;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.validation.InvalidInput;
import org.ecdp.web.security.PortalAuthenticationMechanism;
import org.ecdp.web.shell.Messages;

/**
 * /account/password.xhtml: any signed-in user changes their own password. Where the
 * administrator set it, the portal sends them here after signing in until they have. Every
 * other session of the account ends; this one goes on.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    Users users;

    @Inject
    Caller caller;

    @Inject
    FacesContext faces;

    private final PasswordForm form = new PasswordForm();

    public boolean isRequired() {
        return users.sessionState(caller.username()).map(Users.SessionState::mustChangePassword).orElse(false);
    }

    public String save() {
        try {
            long stamp = users.changeOwnPassword(caller.username(), form.getCurrent(), form.chosenTwice());
            ExternalContext ext = faces.getExternalContext();
            PortalAuthenticationMechanism.passwordChanged((HttpSession) ext.getSession(true), stamp);
            ext.getFlash().setKeepMessages(true);
            Messages.info("Your password is changed. Anywhere else you were signed in, you have been signed out.");
            return "/index?faces-redirect=true";
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, Map.of("current", "passwordForm:current", "new", "passwordForm:chosen",
                    "repeated", "passwordForm:repeated"));
            return null;
        }
    }

    public PasswordForm getForm() {
        return form;
    }
}
