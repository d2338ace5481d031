package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Reference values computed from the published FSRS-4.5 formulas with the default parameters. */
class FsrsTest {

    private final Instant t0 = Instant.parse("2026-01-01T08:00:00Z");

    @Test
    void retrievability_is_the_target_retention_when_elapsed_time_equals_stability() {
        assertThat(Fsrs.retrievability(7, 7)).isCloseTo(0.9, within(1e-12));
        assertThat(Fsrs.interval(3.7145)).isCloseTo(3.7145, within(1e-9));
    }

    @Test
    void first_review_takes_the_initial_stability_and_difficulty_of_its_grade() {
        Fsrs.Card good = Fsrs.review(Fsrs.Card.fresh(t0), 3, t0);
        assertThat(good.stability()).isEqualTo(3.7145);
        assertThat(good.difficulty()).isCloseTo(5.1618, within(1e-9));
        assertThat(good.due()).isEqualTo(t0.plus(Duration.ofDays(4)));
        Fsrs.Card again = Fsrs.review(Fsrs.Card.fresh(t0), 1, t0);
        assertThat(again.stability()).isEqualTo(0.4872);
        assertThat(again.difficulty()).isCloseTo(7.6214, within(1e-9));
        assertThat(again.due()).isEqualTo(t0);
        assertThat(Fsrs.review(Fsrs.Card.fresh(t0), 4, t0).difficulty()).isCloseTo(3.932, within(1e-9));
    }

    @Test
    void recalling_on_the_due_day_grows_stability_as_the_formula_says() {
        Fsrs.Card first = Fsrs.review(Fsrs.Card.fresh(t0), 3, t0);
        Instant later = t0.plus(Duration.ofMinutes(Math.round(3.7145 * 1440)));
        Fsrs.Card second = Fsrs.review(first, 3, later);
        assertThat(second.stability()).isCloseTo(14.0950, within(1e-3));
        assertThat(second.due()).isEqualTo(later.plus(Duration.ofDays(14)));
        assertThat(second.reps()).isEqualTo(2);
    }

    @Test
    void forgetting_resets_stability_low_and_counts_a_lapse() {
        Fsrs.Card first = Fsrs.review(Fsrs.Card.fresh(t0), 3, t0);
        Instant later = t0.plus(Duration.ofMinutes(Math.round(3.7145 * 1440)));
        Fsrs.Card lapsed = Fsrs.review(first, 1, later);
        assertThat(lapsed.stability()).isCloseTo(1.4185, within(1e-3));
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.due()).isEqualTo(later);
    }
}
