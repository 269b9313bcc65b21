package org.ecdp.domain.user.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
}
