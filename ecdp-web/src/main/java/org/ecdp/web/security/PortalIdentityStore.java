package org.ecdp.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.user.boundary.Users;
import org.ecdp.domain.user.entity.PortalUser;

/** Checks usernames and passwords against the portal's users; a user's roles become groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Users users;

    @Inject
    LoginThrottle throttle;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        if (throttle.isLocked(username)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<PortalUser> user = users.authenticate(username, login.getPasswordAsString());
        if (user.isEmpty()) {
            throttle.failed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        Set<String> groups = user.get().getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.get().getUsername(), groups);
    }
}
