package org.ecdp.domain.user.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.ecdp.domain.validation.InvalidInput;

/**
 * PBKDF2-HMAC-SHA256 with 210,000 iterations (OWASP 2023) and a 32-byte salt, through the
 * container's Jakarta Security implementation. Also the rule for acceptable passwords and
 * the generator for one-off ones.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    /** Verified against when the account is unknown or disabled, so that costs as much as a wrong password. */
    private String dummyHash;

    private final RecentlyVerified recentlyVerified = new RecentlyVerified(Clock.systemUTC(), Duration.ofMinutes(5));

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate(generate().toCharArray());
    }

    /** Spends the time of one PBKDF2 check and answers no: for unknown and disabled accounts. */
    public boolean matchesNothing(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), dummyHash);
        return false;
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * The slow PBKDF2 check, skipped when the same password matched the same stored hash in
     * the last five minutes, and run once for requests bringing the same password at the same
     * moment (see {@link RecentlyVerified}).
     */
    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        return recentlyVerified.check(password, storedHash, () -> hash.verify(password.toCharArray(), storedHash));
    }

    /** True when this password matched this stored hash within the last five minutes (no slow check). */
    public boolean recentlyMatched(String password, String storedHash) {
        return password != null && storedHash != null && recentlyVerified.vouchesFor(password, storedHash);
    }

    /**
     * Demo accounts use the short password "demo" by design; real accounts must pass this:
     * at least 12 characters (a few words make a good one) and not one of the commonly used
     * passwords (see {@link CommonPasswords}).
     */
    public static void checkStrength(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInput.of(field, "Use at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 200) {
            throw InvalidInput.of(field, "Use at most 200 characters");
        }
        if (CommonPasswords.contains(password)) {
            throw InvalidInput.of(field, "This password is one of the most commonly used ones: choose another");
        }
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
