package org.pedalatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class Clock implements TimeMeter {
        long nanos = 1_000_000_000L;

        void advance(Duration d) {
            nanos += d.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final Clock clock = new Clock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(5, Duration.ofSeconds(15), 10, Duration.ofMinutes(15)), 100, clock);

    @Test
    void the_first_failures_cost_nothing_then_each_try_must_wait() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitFor("instructor")).isEmpty();
            throttle.failed("instructor");
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(throttle.waitFor("instructor")).hasValueSatisfying(w -> assertThat(w).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(15)));
        assertThat(throttle.waitFor("someone-else")).isEmpty();
    }

    @Test
    void the_eleventh_wrong_password_within_a_minute_is_refused_and_the_lock_outlasts_the_minute() {
        int refused = 0;
        for (int i = 1; i <= 11; i++) {
            if (throttle.waitFor("instructor").isPresent()) {
                refused++;
            } else {
                throttle.failed("instructor");
            }
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(throttle.waitFor("instructor")).isPresent();
        assertThat(refused).isPositive();
        // Even a patient attacker, one try per delay, is locked after ten failures until the window ends.
        Clock slow = new Clock();
        SignInThrottle patient = new SignInThrottle(
                new SignInThrottle.Limits(5, Duration.ofSeconds(15), 10, Duration.ofMinutes(15)), 100, slow);
        for (int i = 0; i < 10; i++) {
            assertThat(patient.waitFor("x")).isEmpty();
            patient.failed("x");
            slow.advance(Duration.ofSeconds(16));
        }
        assertThat(patient.waitFor("x")).hasValueSatisfying(w -> assertThat(w).isGreaterThan(Duration.ofMinutes(10)));
        slow.advance(Duration.ofMinutes(15));
        assertThat(patient.waitFor("x")).isEmpty();
    }

    @Test
    void a_correct_sign_in_forgives_earlier_slips() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice");
        }
        assertThat(throttle.waitFor("alice")).isPresent();
        throttle.succeeded("alice");
        assertThat(throttle.waitFor("alice")).isEmpty();
    }

    @Test
    void racing_failures_all_count_and_lengthen_the_wait() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("bob");
        }
        assertThat(throttle.waitFor("bob")).hasValueSatisfying(w -> assertThat(w).isGreaterThan(Duration.ofSeconds(30)));
    }

    @Test
    void the_log_never_gets_control_characters_from_a_typed_name() {
        assertThat(SignInGuard.printable("eve\nINFO forged line")).isEqualTo("eve?INFO forged line");
        assertThat(SignInGuard.printable("x".repeat(200))).hasSize(65);
    }
}
