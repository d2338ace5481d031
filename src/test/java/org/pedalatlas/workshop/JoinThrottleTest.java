package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The join throttle as a hall behind one address and a guesser would meet it. A join attempt is modelled as the
 * service makes it: refused when blocked, else a wrong code is counted and a correct one is not.
 */
class JoinThrottleTest {

    private static final String HALL = "203.0.113.7";
    private final Instant now = Instant.parse("2026-12-06T09:00:00Z");
    private final JoinThrottle throttle = new JoinThrottle(10, Duration.ofMinutes(1), 300, Duration.ofMinutes(5));

    /** True when the attempt got through to the code (joined if correct). */
    private boolean attempt(String browser, String address, boolean correct, Instant at) {
        if (throttle.blocked(browser, address, at)) {
            return false;
        }
        if (!correct) {
            throttle.miss(browser, address, at);
        }
        return true;
    }

    @Test
    void two_thousand_correct_joins_from_one_address_within_a_minute_all_pass() {
        for (int i = 0; i < 2000; i++) {
            assertThat(attempt("phone-" + i, HALL, true, now.plusMillis(i * 30L))).as("phone %d", i).isTrue();
        }
    }

    @Test
    void a_hall_where_one_in_ten_mistypes_once_still_gets_everyone_in() {
        for (int i = 0; i < 2000; i++) {
            Instant at = now.plusMillis(i * 30L);
            if (i % 10 == 0) {
                assertThat(attempt("phone-" + i, HALL, false, at)).isTrue();
            }
            assertThat(attempt("phone-" + i, HALL, true, at.plusMillis(5))).as("phone %d", i).isTrue();
        }
    }

    @Test
    void thirty_wrong_codes_from_one_address_then_a_correct_one_joins() {
        for (int i = 0; i < 30; i++) {
            assertThat(attempt("phone-" + i / 10, HALL, false, now.plusSeconds(i))).isTrue();
        }
        assertThat(attempt("phone-new", HALL, true, now.plusSeconds(31))).isTrue();
    }

    @Test
    void a_browser_with_ten_wrong_codes_in_a_minute_waits_even_with_the_right_code_then_joins() {
        for (int i = 0; i < 10; i++) {
            assertThat(attempt("guesser", HALL, false, now.plusSeconds(i))).isTrue();
        }
        assertThat(attempt("guesser", HALL, false, now.plusSeconds(20))).isFalse();
        // A right guess while throttled gets the same answer as a wrong one, or throttling would tell nothing.
        assertThat(attempt("guesser", HALL, true, now.plusSeconds(30))).isFalse();
        assertThat(attempt("neighbour", HALL, true, now.plusSeconds(30))).isTrue();
        assertThat(attempt("guesser", HALL, true, now.plusSeconds(61))).isTrue();
    }

    @Test
    void a_script_that_throws_its_cookie_away_stops_at_the_address_ceiling_for_the_window() {
        int through = 0;
        for (int i = 0; i < 1000; i++) {
            if (attempt("fresh-" + i, "198.51.100.9", false, now.plusMillis(i * 100L))) {
                through++;
            }
        }
        assertThat(through).isEqualTo(300);
        assertThat(attempt("fresh-last", "198.51.100.9", true, now.plusSeconds(120))).isFalse();
        assertThat(attempt("someone-elsewhere", HALL, true, now.plusSeconds(120))).isTrue();
        assertThat(attempt("fresh-later", "198.51.100.9", false, now.plus(Duration.ofMinutes(6)))).isTrue();
    }

    @Test
    void guessing_from_one_address_gets_at_most_three_thousand_six_hundred_tries_an_hour() {
        int tries = 0;
        for (int second = 0; second < 3600; second++) {
            for (int k = 0; k < 10; k++) {
                if (attempt("bot-" + second + "-" + k, "198.51.100.10", false, now.plusSeconds(second))) {
                    tries++;
                }
            }
        }
        assertThat(tries).isLessThanOrEqualTo(3600);
    }

    @Test
    void browsers_whose_misses_have_aged_out_are_forgotten() {
        for (int i = 0; i < 2000; i++) {
            throttle.miss("fresh-" + i, "198.51.100." + (i % 200), now);
        }
        Instant later = now.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 1024; i++) {
            throttle.miss("late-" + i, HALL, later);
        }
        assertThat(throttle.remembered()).isLessThan(1100);
    }
}
