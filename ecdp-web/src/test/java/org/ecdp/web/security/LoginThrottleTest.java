package org.ecdp.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

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

    @Test
    void fiveWrongPasswordsPauseTheAccountAndThePauseGrows() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = clock;
        for (int i = 0; i < 4; i++) {
            throttle.failed("Staff");
        }
        assertThat(throttle.isLocked("staff")).isFalse();
        throttle.failed("staff");
        assertThat(throttle.isLocked("STAFF")).isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(throttle.isLocked("staff")).isFalse();
        throttle.failed("staff");
        clock.now = clock.now.plus(Duration.ofSeconds(31));
        assertThat(throttle.isLocked("staff")).as("second pause is 60 s").isTrue();
        assertThat(throttle.isLocked("officer")).as("other accounts unaffected").isFalse();
    }

    @Test
    void aSuccessForgivesEarlierFailures() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = new MovableClock();
        for (int i = 0; i < 4; i++) {
            throttle.failed("coach");
        }
        throttle.succeeded("coach");
        throttle.failed("coach");
        assertThat(throttle.isLocked("coach")).isFalse();
    }
}
