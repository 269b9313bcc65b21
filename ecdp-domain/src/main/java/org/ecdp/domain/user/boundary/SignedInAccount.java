package org.ecdp.domain.user.boundary;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.service.entity.Service;
import org.ecdp.domain.user.entity.PortalUser;
import org.ecdp.domain.user.entity.Role;

/**
 * The caller as the sign-in check found the account in this request: its name, and the codes of
 * the services it works in (empty unless it is staff). {@link Caller} takes the services from here
 * instead of reading the account a second time (every API request is signed in afresh, from the
 * account as it is now). A page session remembers only the name and roles, so its later requests
 * carry no such principal and {@link Caller} reads the account itself.
 */
public final class SignedInAccount extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Set<String> serviceCodes;

    private SignedInAccount(String username, Set<String> serviceCodes) {
        super(username);
        this.serviceCodes = Set.copyOf(serviceCodes);
    }

    /** As the account is now: its name, and its services if it is staff. */
    public static SignedInAccount of(PortalUser user) {
        return new SignedInAccount(user.getUsername(), serviceCodesOf(user));
    }

    /** The codes of the services an account works in: empty for someone who is not staff. */
    static Set<String> serviceCodesOf(PortalUser user) {
        return !user.holds(Role.STAFF) ? Set.of()
                : user.getServices().stream().map(Service::getCode).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> serviceCodes() {
        return serviceCodes;
    }
}
