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
import org.ecdp.domain.organisation.entity.Organisation;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecdp.domain.user.boundary.SignedInAccount;
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
        // the account is looked up in its own organisation (usernames are unique across the network);
        // an unknown one in the host's, where it is not found either, after the same password work
        OptionalLong organisation = tenancy.organisationOf(login.getCaller());
        Optional<PortalUser> user = tenancy.as(organisation.orElse(Organisation.HOST),
                () -> users.authenticate(login.getCaller(), login.getPasswordAsString()));
        return user.map(PortalIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /**
     * The caller, when this password matched the account's within the last few minutes (no slow
     * check and nothing to count: an API client sending its password with every request); empty
     * when the password must be checked the slow way.
     */
    public Optional<CredentialValidationResult> recentlyVerified(String username, String password) {
        OptionalLong organisation = tenancy.organisationOf(username);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        return tenancy.as(organisation.getAsLong(), () -> users.recentlyAuthenticated(username, password)).map(PortalIdentityStore::valid);
    }

    private static CredentialValidationResult valid(PortalUser user) {
        Set<String> groups = user.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        // the services travel with the caller: the request's own checks need not read the account again
        return new CredentialValidationResult(SignedInAccount.of(user), groups);
    }
}
