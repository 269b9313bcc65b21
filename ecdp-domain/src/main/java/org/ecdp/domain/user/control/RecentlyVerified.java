package org.ecdp.domain.user.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password matched a stored PBKDF2 hash, so that an API
 * client sending HTTP Basic on every request pays the deliberately slow PBKDF2 check once per
 * window instead of on every call (210,000 iterations cost ~0.1-0.2 s of a core; that alone
 * capped the API at ~10 requests/s on two cores).
 *
 * <p>What is kept is an HMAC-SHA256 of the password under a key that exists only in this
 * process's memory, filed under the stored hash itself. Changing a password changes the stored
 * hash (new salt), so the old entry is never consulted again; disabling an account or changing
 * its roles is seen at once because the account is still read from the database on every call.
 * Only successes are remembered: a wrong password always takes the slow path (and the login
 * throttle). The map is bounded; when full it is cleared rather than grown.
 *
 * <p>Requests that bring the same password for the same account while its slow check is running
 * wait for that check instead of starting their own ({@link #check}): a client posting 100 times a
 * second to a portal that has just started, or whose window has just ended, otherwise started 100
 * slow checks a second on two cores, and the queue behind them never drained (issue 17's load
 * collapsed into timeouts and sign-in throttle refusals).
 *
 * <p>Deliberately per process, not in the data grid, when several instances run: what it holds
 * (a MAC of the password and the key to check it) would let whoever reads the grid test
 * password guesses at HMAC speed instead of PBKDF2 speed, and sharing it buys little: a client
 * spread over N instances pays N slow checks per window instead of one, and every decision
 * (a new password, a disabled account) is seen by every instance at once because the stored
 * hash and the account come from the database.
 */
public final class RecentlyVerified {

    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Duration window;
    private final SecretKeySpec key;
    private final Map<String, Remembered> byStoredHash = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

    private record Remembered(byte[] mac, Instant until) {
    }

    public RecentlyVerified(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** True when this password matched this stored hash within the window. */
    public boolean vouchesFor(String password, String storedHash) {
        Remembered remembered = byStoredHash.get(storedHash);
        if (remembered == null) {
            return false;
        }
        if (!clock.instant().isBefore(remembered.until())) {
            byStoredHash.remove(storedHash, remembered);
            return false;
        }
        return MessageDigest.isEqual(remembered.mac(), mac(password, storedHash));
    }

    /**
     * True when this password matches this stored hash: remembered, or by {@code slowCheck}, which
     * runs once however many requests bring the same password at the same time (the others wait for
     * its answer); a match is then remembered for the window.
     */
    public boolean check(String password, String storedHash, BooleanSupplier slowCheck) {
        if (vouchesFor(password, storedHash)) {
            return true;
        }
        String credential = storedHash + '\n' + Base64.getEncoder().encodeToString(mac(password, storedHash));
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(credential, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException r ? r : failed;
            }
        }
        try {
            boolean matches = slowCheck.getAsBoolean();
            if (matches) {
                remember(password, storedHash);
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(credential, mine);
        }
    }

    /** Call only after the slow check said the password matches. */
    public void remember(String password, String storedHash) {
        if (byStoredHash.size() >= MAX_ENTRIES) {
            byStoredHash.clear();
        }
        byStoredHash.put(storedHash, new Remembered(mac(password, storedHash), clock.instant().plus(window)));
    }

    int size() {
        return byStoredHash.size();
    }

    private byte[] mac(String password, String storedHash) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
