package org.ecdp.domain.user.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final RecentlyVerified cache = new RecentlyVerified(clock, Duration.ofMinutes(5));

    @Test
    void vouchesOnlyForTheSamePasswordAgainstTheSameStoredHash() {
        cache.remember("correct horse", "hash-1");

        assertThat(cache.vouchesFor("correct horse", "hash-1")).isTrue();
        assertThat(cache.vouchesFor("correct horsf", "hash-1")).isFalse();
        assertThat(cache.vouchesFor("", "hash-1")).isFalse();
        // a reset password has a new stored hash: the old password is not vouched for
        assertThat(cache.vouchesFor("correct horse", "hash-2")).isFalse();
    }

    @Test
    void forgetsAfterTheWindow() {
        cache.remember("correct horse", "hash-1");
        clock.now = clock.now.plus(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(cache.vouchesFor("correct horse", "hash-1")).isTrue();

        clock.now = clock.now.plusSeconds(1);
        assertThat(cache.vouchesFor("correct horse", "hash-1")).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void staysBounded() {
        for (int i = 0; i <= RecentlyVerified.MAX_ENTRIES; i++) {
            cache.remember("pw", "hash-" + i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(RecentlyVerified.MAX_ENTRIES);
        assertThat(cache.vouchesFor("pw", "hash-" + RecentlyVerified.MAX_ENTRIES)).isTrue();
    }

    @Test
    void twoProcessesDoNotShareWhatTheyRemember() {
        RecentlyVerified other = new RecentlyVerified(clock, Duration.ofMinutes(5));
        cache.remember("correct horse", "hash-1");
        assertThat(other.vouchesFor("correct horse", "hash-1")).isFalse();
    }

    @Test
    void requestsBringingTheSamePasswordAtOnceWaitForOneSlowCheck() throws Exception {
        AtomicInteger slowChecks = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(requests.submit(() -> cache.check("correct horse", "hash-1", () -> {
                    slowChecks.incrementAndGet();
                    await(release);
                    return true;
                })));
            }
            Thread.sleep(300); // every request has arrived and is waiting
            release.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(slowChecks).hasValue(1);
        assertThat(cache.vouchesFor("correct horse", "hash-1")).isTrue();
    }

    @Test
    void anotherPasswordAtTheSameMomentHasItsOwnCheckAndIsNotRemembered() {
        assertThat(cache.check("wrong guess", "hash-1", () -> false)).isFalse();
        assertThat(cache.check("correct horse", "hash-1", () -> true)).isTrue();
        assertThat(cache.check("wrong guess", "hash-1", () -> false)).isFalse();
        assertThat(cache.vouchesFor("wrong guess", "hash-1")).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
