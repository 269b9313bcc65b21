package org.ecdp.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.ecdp.domain.grid.SharedCaches;
import org.ecdp.web.security.LoginThrottle.Attempt;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    /**
     * A throttle over its own local JCache (Caffeine's provider; the portal runs it on Payara's
     * data grid), its stores bounded as the grid bounds them.
     */
    private LoginThrottle throttle() {
        CacheManager manager = Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("throttle-" + UUID.randomUUID()), getClass().getClassLoader());
        for (String name : List.of(LoginThrottle.BY_ACCOUNT_AND_ADDRESS, LoginThrottle.BY_ADDRESS)) {
            CaffeineConfiguration<String, String> bounded = new CaffeineConfiguration<>();
            bounded.setTypes(String.class, String.class);
            bounded.setMaximumSize(OptionalLong.of(LoginThrottle.MAX_KEYS));
            bounded.setExecutorFactory(() -> Runnable::run);
            manager.createCache(name, bounded);
        }
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = clock;
        throttle.caches = new SharedCaches(manager);
        throttle.init();
        return throttle;
    }

    /** Five failed attempts, as the mechanism makes them: counted first, the password then found wrong. */
    private static void fail(LoginThrottle throttle, String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.begin(user, address)).isNotEqualTo(Attempt.REFUSED);
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveWrongPasswordsPauseThatAccountFromThatAddressAndThePauseGrows() {
        LoginThrottle throttle = throttle();
        fail(throttle, "Staff", "10.0.0.1", 4);
        assertThat(throttle.standing("staff", "10.0.0.1").paused()).isFalse();
        assertThat(throttle.begin("staff", "10.0.0.1")).isEqualTo(Attempt.GO_LAST_BEFORE_PAUSE);
        throttle.failed("staff", "10.0.0.1");
        assertThat(throttle.begin("STAFF", "10.0.0.1")).as("even the right password is not checked now").isEqualTo(Attempt.REFUSED);
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(throttle.standing("staff", "10.0.0.1").paused()).isFalse();
        assertThat(throttle.begin("staff", "10.0.0.1")).isEqualTo(Attempt.GO_LAST_BEFORE_PAUSE);
        throttle.failed("staff", "10.0.0.1");
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(throttle.standing("staff", "10.0.0.1").paused()).as("second pause is 60 s").isTrue();
        assertThat(throttle.standing("officer", "10.0.0.1").paused()).as("other accounts unaffected").isFalse();
    }

    /**
     * An API client keeps sending its requests while the database is away: no password can be
     * checked, so none of those attempts counts. It used to: the client was paused after five,
     * and each later request waited for the lost checks, then was refused.
     */
    @Test
    void attemptsThatCouldNotBeCheckedDuringAnOutagePauseNobody() {
        LoginThrottle throttle = throttle();
        fail(throttle, "staff", "10.0.0.1", 3);
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.begin("staff", "10.0.0.1")).isEqualTo(Attempt.GO);
            throttle.undecided("staff", "10.0.0.1");
        }
        long started = System.nanoTime();
        assertThat(throttle.begin("staff", "10.0.0.1")).as("the fourth real attempt, at once").isEqualTo(Attempt.GO);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        throttle.failed("staff", "10.0.0.1");
        assertThat(throttle.begin("staff", "10.0.0.1")).isEqualTo(Attempt.GO_LAST_BEFORE_PAUSE);
        throttle.undecided("staff", "10.0.0.1");
        assertThat(throttle.standing("staff", "10.0.0.1").paused()).as("the pause an undecided attempt engaged is lifted").isFalse();
    }

    @Test
    void aFloodFromOneAddressNeverLocksTheRealUserOutFromElsewhere() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 50; i++) {
            if (throttle.begin("admin", "203.0.113.9") != Attempt.REFUSED) {
                throttle.failed("admin", "203.0.113.9");
            }
        }
        assertThat(throttle.begin("admin", "203.0.113.9")).isEqualTo(Attempt.REFUSED);
        assertThat(throttle.begin("admin", "192.168.1.20")).as("the administrator at the office").isEqualTo(Attempt.GO);
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedForTheRestOfTheWindow() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            assertThat(throttle.begin("user" + i, "198.51.100.7")).isEqualTo(Attempt.GO);
        }
        assertThat(throttle.begin("someone-new", "198.51.100.7")).isEqualTo(Attempt.REFUSED);
        assertThat(throttle.begin("someone-new", "198.51.100.8")).as("another address").isEqualTo(Attempt.GO);
        clock.now = clock.now.plus(LoginThrottle.ADDRESS_WINDOW).plusSeconds(1);
        assertThat(throttle.begin("someone-new", "198.51.100.7")).as("a new window").isEqualTo(Attempt.GO);
    }

    @Test
    void successesGiveTheirAttemptBackSoAnOfficeBehindOneAddressIsNotRefused() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT * 3; i++) {
            assertThat(throttle.begin("colleague" + (i % 20), "192.0.2.1")).isNotEqualTo(Attempt.REFUSED);
            throttle.succeeded("colleague" + (i % 20), "192.0.2.1");
        }
    }

    @Test
    void aSuccessForgivesEarlierFailures() {
        LoginThrottle throttle = throttle();
        fail(throttle, "coach", "10.0.0.2", 4);
        throttle.succeeded("coach", "10.0.0.2");
        fail(throttle, "coach", "10.0.0.2", 4);
        assertThat(throttle.standing("coach", "10.0.0.2").paused()).isFalse();
    }

    @Test
    void aPasswordKnownToBeRightForgivesEarlierFailuresButNotAPause() {
        LoginThrottle throttle = throttle();
        assertThat(throttle.standing("staff", "10.0.0.3").admitKnown()).as("nothing held: nothing to forgive").isTrue();
        fail(throttle, "staff", "10.0.0.3", 4);
        assertThat(throttle.standing("staff", "10.0.0.3").admitKnown()).isTrue();
        fail(throttle, "staff", "10.0.0.3", 4);
        assertThat(throttle.standing("staff", "10.0.0.3").paused()).as("four and four, forgiven in between").isFalse();

        fail(throttle, "staff", "10.0.0.3", 1);
        assertThat(throttle.standing("staff", "10.0.0.3").paused()).isTrue();
        assertThat(throttle.standing("staff", "10.0.0.3").admitKnown()).as("paused: even a known password waits").isFalse();
        assertThat(throttle.standing("staff", "10.0.0.3").paused()).isTrue();
    }

    @Test
    void aKnownPasswordForgivesOnlyTheFailuresItRead() {
        LoginThrottle throttle = throttle();
        fail(throttle, "staff", "10.0.0.4", 3);
        LoginThrottle.Standing read = throttle.standing("staff", "10.0.0.4");
        assertThat(read.paused()).isFalse();
        fail(throttle, "staff", "10.0.0.4", 1); // a wrong guess lands between the reading and the forgiving
        assertThat(read.admitKnown()).isTrue();
        fail(throttle, "staff", "10.0.0.4", 1);
        assertThat(throttle.standing("staff", "10.0.0.4").paused()).as("the guess made meanwhile stayed counted: five in all").isTrue();
    }

    @Test
    void aParallelBurstGetsNoMoreChecksThanTheFreeAttempts() throws Exception {
        LoginThrottle throttle = throttle();
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<Attempt> attempt = () -> {
                    start.await();
                    Attempt a = throttle.begin("evaluator", "10.9.9.9");
                    if (a != Attempt.REFUSED) {
                        Thread.sleep(50); // the password check
                        throttle.failed("evaluator", "10.9.9.9");
                    }
                    return a;
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            long checked = 0;
            for (Future<Attempt> r : results) {
                if (r.get() != Attempt.REFUSED) {
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(LoginThrottle.FREE_ATTEMPTS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aParallelBurstWithTheRightPasswordIsServedInFull() throws Exception {
        LoginThrottle throttle = throttle();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    Attempt a = throttle.begin("coach", "10.8.8.8");
                    if (a != Attempt.REFUSED) {
                        Thread.sleep(50); // the password check, which finds it right
                        throttle.succeeded("coach", "10.8.8.8");
                    }
                    return a;
                }));
            }
            start.countDown();
            for (Future<Attempt> r : results) {
                assertThat(r.get()).as("an API client's parallel requests").isNotEqualTo(Attempt.REFUSED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFloodOfInventedUsernamesStaysWithinTheBound() {
        LoginThrottle throttle = throttle();
        String longName = "x".repeat(100);
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 20_000; i++) {
            throttle.begin(i + longName, "10.1." + (i % 250) + "." + (i / 250 % 250));
        }
        assertThat(throttle.keysHeld()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
    }
}
