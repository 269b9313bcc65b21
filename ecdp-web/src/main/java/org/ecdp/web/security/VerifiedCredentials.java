package org.ecdp.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ecdp.domain.user.boundary.Users;

/**
 * API credentials checked recently, so that a client sending several requests at once with the
 * right password is not mistaken for a guesser, and does not pay a PBKDF2 check on each request.
 *
 * <p>A REST client signs every request in (HTTP Basic). The sign-in throttle counts an attempt
 * before its password is checked, so that a burst of parallel guesses cannot slip past its
 * limit; without this memory, the sixth of eight parallel requests with the right password was
 * refused (IdempotencyIT found it). A credential is remembered only after the identity store has
 * accepted it, as an HMAC of the username and password under a key made at start-up (never the
 * password itself), for at most {@link #REMEMBERED} and in a bounded store. Each hit still reads
 * the account's session stamp: a disabled account, a changed role or a new password (all of which
 * change the stamp) take effect on the next request, as they do for page sessions.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    static final long MAX_CREDENTIALS = 10_000;

    private record Verified(String username, Set<String> groups, long stamp) {
    }

    @Inject
    Users users;

    private Cache<String, Verified> verified;
    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
        verified = Caffeine.newBuilder().executor(Runnable::run).maximumSize(MAX_CREDENTIALS).expireAfterWrite(REMEMBERED).build();
    }

    /** The caller, when this username and password were accepted recently and the account has not changed since. */
    public Optional<CredentialValidationResult> recall(String username, String password) {
        String id = fingerprint(username, password);
        Verified known = verified.getIfPresent(id);
        if (known == null) {
            return Optional.empty();
        }
        Optional<Users.SessionState> now = users.sessionState(known.username());
        if (now.isEmpty() || !now.get().enabled() || now.get().stamp() != known.stamp()) {
            verified.invalidate(id);
            return Optional.empty();
        }
        return Optional.of(new CredentialValidationResult(known.username(), known.groups()));
    }

    /** Remembers a credential the identity store has just accepted. */
    public void remember(String username, String password, CredentialValidationResult accepted) {
        String caller = accepted.getCallerPrincipal().getName();
        users.sessionState(caller).filter(Users.SessionState::enabled).ifPresent(state -> verified.put(fingerprint(username, password),
                new Verified(caller, Set.copyOf(accepted.getCallerGroups()), state.stamp())));
    }

    long held() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
