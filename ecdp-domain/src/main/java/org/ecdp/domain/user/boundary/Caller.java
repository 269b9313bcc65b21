package org.ecdp.domain.user.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
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

    private Set<String> serviceCodes;

    public String username() {
        Principal p = security.getCallerPrincipal();
        return p == null ? "system" : p.getName();
    }

    public boolean has(Role role) {
        return security.isCallerInRole(role.name());
    }

    /**
     * Codes of the services this caller works in (empty for someone who is not staff): as the
     * sign-in check of this request found the account ({@link SignedInAccount}), else read once
     * per request.
     */
    public Set<String> serviceCodes() {
        if (serviceCodes == null) {
            String name = username();
            serviceCodes = security.getPrincipalsByType(SignedInAccount.class).stream()
                    .filter(p -> p.getName().equals(name)).findFirst().map(SignedInAccount::serviceCodes)
                    .orElseGet(() -> users.findByUsername(name).map(SignedInAccount::serviceCodesOf).orElse(Set.of()));
        }
        return serviceCodes;
    }

    public boolean worksIn(String serviceCode) {
        return serviceCodes().contains(serviceCode);
    }
}
