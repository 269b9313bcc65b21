package org.ecdp.domain.user.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;

/**
 * The signed-in person making this request, for the boundaries' own checks of what they
 * may see and change (pages and endpoints check roles too; the data scope is decided here,
 * in one place, whichever door the request came through).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    Users users;

    private PortalUser user;

    public String username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.name());
    }

    /** Codes of the services this caller works in (empty for someone who is not staff). */
    public Set<String> serviceCodes() {
        if (user == null) {
            user = users.findByUsername(username()).orElse(null);
        }
        return user == null || !user.holds(Role.STAFF) ? Set.of()
                : user.getServices().stream().map(Service::getCode).collect(Collectors.toUnmodifiableSet());
    }

    public boolean worksIn(String serviceCode) {
        return serviceCodes().contains(serviceCode);
    }
}
