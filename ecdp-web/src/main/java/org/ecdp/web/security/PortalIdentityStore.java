package org.ecdp.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.OptionalLong;
import org.ecdp.domain.organisation.boundary.Tenancy;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;

/**
 * Checks usernames and passwords against the portal's users; a user's roles become groups.
 * The throttle and the audit of attempts are the mechanism's (it knows the client's address).
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Users users;

    @Inject
    Tenancy tenancy;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // the account is looked up in its own organisation (usernames are unique across the network)
        OptionalLong organisation = tenancy.organisationOf(login.getCaller());
        Optional<PortalUser> user = organisation.isEmpty() ? users.authenticate(login.getCaller(), login.getPasswordAsString())
                : tenancy.as(organisation.getAsLong(), () -> users.authenticate(login.getCaller(), login.getPasswordAsString()));
        if (user.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = user.get().getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.get().getUsername(), groups);
    }
}
