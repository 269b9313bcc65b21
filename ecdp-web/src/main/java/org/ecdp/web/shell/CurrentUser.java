package org.ecdp.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.ecdp.domain.organisation.boundary.Tenancy;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;

/**
 * Who is signed in, for the page shell: name, roles, and which menu entries they get. Read from
 * the servlet request, not Jakarta Security's {@code SecurityContext}: on Payara 7 the latter
 * fails (no JACC policy context) while the container renders an error page for an address no
 * servlet maps, and the shell is on every error page.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    Users users;

    /** Asked for the account's organisation: while an error page renders, the signed-in person is not known to the persistence layer. */
    @Inject
    Tenancy tenancy;

    private PortalUser user;

    public boolean isSignedIn() {
        return principal() != null;
    }

    public String getUsername() {
        Principal p = principal();
        return p == null ? null : p.getName();
    }

    private Principal principal() {
        try {
            return request.getUserPrincipal();
        } catch (RuntimeException noPolicyContext) {
            return null;
        }
    }

    private boolean inRole(String role) {
        try {
            return isSignedIn() && request.isUserInRole(role);
        } catch (RuntimeException noPolicyContext) {
            return false;
        }
    }

    public PortalUser getUser() {
        if (user == null && isSignedIn()) {
            String username = getUsername();
            OptionalLong organisation = tenancy.organisationOf(username);
            user = organisation.isEmpty() ? null : tenancy.as(organisation.getAsLong(), () -> users.findByUsername(username)).orElse(null);
        }
        return user;
    }

    public String getDisplayName() {
        return getUser() == null ? getUsername() : getUser().getDisplayName();
    }

    public boolean has(String role) {
        return inRole(role);
    }

    public String getRoleLabels() {
        return String.join(", ", getRoles().stream().map(Role::label).toList());
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> inRole(r.name())).toList();
    }
}
