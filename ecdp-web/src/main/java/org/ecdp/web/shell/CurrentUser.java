package org.ecdp.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;

/** Who is signed in, for the page shell: name, roles, and which menu entries they get. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Users users;

    private PortalUser user;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public PortalUser getUser() {
        if (user == null && isSignedIn()) {
            user = users.findByUsername(getUsername()).orElse(null);
        }
        return user;
    }

    public String getDisplayName() {
        return getUser() == null ? getUsername() : getUser().getDisplayName();
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }

    public String getRoleLabels() {
        return String.join(", ", getRoles().stream().map(Role::label).toList());
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).toList();
    }
}
