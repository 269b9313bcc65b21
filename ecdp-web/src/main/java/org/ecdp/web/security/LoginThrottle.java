package org.ecdp.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.cache.Cache;
import org.ecdp.domain.grid.SharedCaches;

/**
 * Slows down password guessing without letting a stranger lock the real user out.
 *
 * <ul>
 * <li>Per account <em>and client address</em>: after 5 failed attempts on one account from one
 * address, that pair is refused for 30 seconds, doubling with each further failure up to 15
 * minutes. The same account signing in from another address is not affected, so a flood from
 * one address never locks the real user out elsewhere.</li>
 * <li>Per address: more than {@value #ADDRESS_LIMIT} failed attempts from one address within
 * 15 minutes (any accounts: password spraying) and that address is refused until the window
 * ends.</li>
 * </ul>
 *
 * <p>An attempt is counted <em>before</em> its password is checked, atomically, so a burst of
 * parallel requests cannot slip past the limit; a success gives the attempt back. An attempt that
 * meets the limit while others of the same pair are still being checked waits for them (at most
 * {@code SETTLE_WAIT}): if one was right, the pair is forgiven and the attempt goes ahead, so a
 * client sending several requests at once with the right password is served. While refused,
 * even the right password fails with the same message as a wrong one.
 *
 * <p>The counts live in the data grid ({@link SharedCaches}), so with several instances behind
 * a load balancer the limits hold for the cluster: five attempts are five, whichever instances
 * they reach. Each count is changed by compare-and-set, atomic across instances. Both stores
 * are bounded (the grid evicts the least recently used entries) and forget after half an hour
 * of quiet, so a flood of invented usernames cannot fill the memory. Usernames are cut to 64
 * characters for the key (no real one is longer than 40). Kept in memory only: restarting
 * every instance forgives.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    static final int ADDRESS_LIMIT = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final long MAX_KEYS = 100_000;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    /** What an attempt may do: go ahead (and whether it just engaged a pause), or be refused unchecked. */
    public enum Attempt {
        GO, GO_LAST_BEFORE_PAUSE, REFUSED
    }

    /**
     * Attempts counted (failed or still being checked), how many are still being checked, and the
     * pause; kept in the grid as text ("count checking pausedUntilMillis|-").
     */
    private record Failures(int count, int checking, Instant pausedUntil) {

        String text() {
            return count + " " + checking + " " + (pausedUntil == null ? "-" : Long.toString(pausedUntil.toEpochMilli()));
        }

        static Failures of(String text) {
            if (text == null) {
                return null;
            }
            String[] p = text.split(" ");
            return new Failures(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2].equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(p[2])));
        }
    }

    /**
     * How long an attempt waits, at most, for the attempts of the same account and address still
     * being checked: one of them may be right and forgive the rest. A client sending several
     * requests at once with the right password is then served, not refused.
     */
    static final Duration SETTLE_WAIT = Duration.ofSeconds(2);

    /** Failed attempts from one address in the window that started then; kept as text ("count startedMillis"). */
    private record Window(int count, Instant started) {

        String text() {
            return count + " " + started.toEpochMilli();
        }

        static Window of(String text) {
            if (text == null) {
                return null;
            }
            String[] p = text.split(" ");
            return new Window(Integer.parseInt(p[0]), Instant.ofEpochMilli(Long.parseLong(p[1])));
        }
    }

    /** The names of the two stores in the data grid. */
    static final String BY_ACCOUNT_AND_ADDRESS = "ecdp.signin.byAccountAndAddress";
    static final String BY_ADDRESS = "ecdp.signin.byAddress";

    @Inject
    Clock clock;

    @Inject
    SharedCaches caches;

    private Cache<String, String> byAccountAndAddress;
    private Cache<String, String> byAddress;

    @PostConstruct
    void init() {
        byAccountAndAddress = caches.cache(BY_ACCOUNT_AND_ADDRESS, String.class, FORGET_AFTER);
        byAddress = caches.cache(BY_ADDRESS, String.class, FORGET_AFTER);
    }

    private Failures failures(String key, UnaryOperator<Failures> change) {
        return Failures.of(SharedCaches.update(byAccountAndAddress, key, old -> {
            Failures next = change.apply(Failures.of(old));
            return next == null ? null : next.text();
        }));
    }

    private Window window(String key, UnaryOperator<Window> change) {
        return Window.of(SharedCaches.update(byAddress, key, old -> {
            Window next = change.apply(Window.of(old));
            return next == null ? null : next.text();
        }));
    }

    /** Counts this attempt before the password is checked; {@link Attempt#REFUSED} means do not check it. */
    public Attempt begin(String username, String address) {
        Instant now = clock.instant();
        String addressKey = address == null ? "" : address;
        Window window = window(addressKey, w -> {
            if (w == null || !now.isBefore(w.started().plus(ADDRESS_WINDOW))) {
                return new Window(1, now);
            }
            return new Window(w.count() + 1, w.started());
        });
        if (window.count() > ADDRESS_LIMIT) {
            giveBack(addressKey);
            return Attempt.REFUSED;
        }
        String pair = key(username, addressKey);
        long waitUntil = System.nanoTime() + SETTLE_WAIT.toNanos();
        while (true) {
            Instant at = clock.instant();
            int[] outcome = {0}; // 0 go, 1 refused, 2 wait for the attempts being checked
            Failures f = failures(pair, old -> {
                outcome[0] = 0;
                if (old != null && old.pausedUntil() != null && at.isBefore(old.pausedUntil())) {
                    outcome[0] = old.checking() > 0 ? 2 : 1;
                    return old;
                }
                int count = old == null ? 1 : old.count() + 1;
                Instant until = null;
                if (count >= FREE_ATTEMPTS) {
                    long factor = 1L << Math.min(count - FREE_ATTEMPTS, 10);
                    Duration pause = FIRST_PAUSE.multipliedBy(factor);
                    until = at.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
                }
                return new Failures(count, (old == null ? 0 : old.checking()) + 1, until);
            });
            if (outcome[0] == 0) {
                return f.pausedUntil() != null ? Attempt.GO_LAST_BEFORE_PAUSE : Attempt.GO;
            }
            if (outcome[0] == 1 || System.nanoTime() > waitUntil) {
                return Attempt.REFUSED;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Attempt.REFUSED;
            }
        }
    }

    /** The password was wrong: the attempt stays counted and is no longer being checked. */
    public void failed(String username, String address) {
        failures(key(username, address == null ? "" : address),
                f -> f == null ? null : new Failures(f.count(), Math.max(0, f.checking() - 1), f.pausedUntil()));
    }

    /**
     * The password could not be checked (the database is away): the attempt is given back as if it
     * had not been made, with any pause it engaged, so an outage pauses nobody.
     */
    public void undecided(String username, String address) {
        String addressKey = address == null ? "" : address;
        failures(key(username, addressKey), f -> {
            if (f == null) {
                return null;
            }
            int count = Math.max(0, f.count() - 1);
            return new Failures(count, Math.max(0, f.checking() - 1), count >= FREE_ATTEMPTS ? f.pausedUntil() : null);
        });
        giveBack(addressKey);
    }

    /** The password was right: the pair is forgiven and the address gets its attempt back. */
    public void succeeded(String username, String address) {
        String addressKey = address == null ? "" : address;
        byAccountAndAddress.remove(key(username, addressKey));
        giveBack(addressKey);
    }

    private void giveBack(String addressKey) {
        window(addressKey, w -> w == null || w.count() <= 1 ? null : new Window(w.count() - 1, w.started()));
    }

    /**
     * What the grid holds for this account and address, read once: the API's fast path asks
     * whether the pair is paused before it looks at the password, and admits a known password on
     * the same reading (it read the grid twice per request before).
     */
    public Standing standing(String username, String address) {
        String pair = key(username, address == null ? "" : address);
        return new Standing(pair, byAccountAndAddress.get(pair));
    }

    /** One reading of an account and address's failures; see {@link #standing}. */
    public final class Standing {

        private final String pair;
        private final String held;

        private Standing(String pair, String held) {
            this.pair = pair;
            this.held = held;
        }

        /** True while the pair is refused (as read). */
        public boolean paused() {
            Failures f = Failures.of(held);
            return f != null && f.pausedUntil() != null && clock.instant().isBefore(f.pausedUntil());
        }

        /**
         * For a password known to be right without checking it again (it matched within the last
         * few minutes), on this reading: false while paused; else true, and the failures read are
         * forgiven as a checked success forgives them (unless another attempt changed them
         * meanwhile: that one is still being checked and stays counted). Nothing is counted (a
         * counted attempt would be given back at once).
         */
        public boolean admitKnown() {
            if (held == null) {
                return true;
            }
            if (paused()) {
                return false;
            }
            byAccountAndAddress.remove(pair, held);
            return true;
        }
    }

    long keysHeld() {
        long held = 0;
        for (Cache.Entry<String, String> ignored : byAccountAndAddress) {
            held++;
        }
        return held;
    }

    private static String key(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        return address + "\n" + name;
    }
}
