package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pedalatlas.quiz.Fsrs.AGAIN;
import static org.pedalatlas.quiz.Fsrs.EASY;
import static org.pedalatlas.quiz.Fsrs.GOOD;
import static org.pedalatlas.quiz.Fsrs.HARD;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.pedalatlas.quiz.Fsrs.Card;
import org.pedalatlas.quiz.Fsrs.Settings;
import org.pedalatlas.quiz.Fsrs.State;

/**
 * The scheduler tests of py-fsrs v6.3.1 (tag v6.3.1, commit 3abe686e9c058d3f3c00bbeb92e68b71211b2b31,
 * {@code tests/test_basic.py}), ported with their own rating sequences and expected numbers. Where the reference
 * reviews at {@code datetime.now()}, these review at its other fixed time, 2022-11-29 12:30 UTC.
 * Tests of Python-only matters (serialisation, repr, card ids, the optimizer) have nothing to port.
 */
class PyFsrsSchedulerTest {

    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private static final int[] TEST_RATINGS_1 = {GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD,
            GOOD, GOOD};

    /** Fails if the scheduler asks for fuzz where the reference's test runs with fuzz off. */
    private static final RandomGenerator NO_FUZZ = () -> {
        throw new AssertionError("fuzz asked for");
    };

    private static Settings noFuzz() {
        Settings d = Settings.defaults();
        return new Settings(d.desiredRetention(), d.maximumInterval(), d.learningSteps(), d.relearningSteps(), false);
    }

    private static Settings steps(List<Duration> learning, List<Duration> relearning) {
        return new Settings(0.9, 36500, learning, relearning, true);
    }

    private static Card review(Fsrs fsrs, Card card, int rating, Instant at) {
        return fsrs.review(card, rating, at, ZoneOffset.UTC, new PyRandom(0));
    }

    private static long days(Card card) {
        return Duration.between(card.lastReview(), card.due()).toDays();
    }

    @Test
    void test_review_card_gives_the_reference_intervals() {
        Fsrs fsrs = new Fsrs(noFuzz());
        Card card = Card.fresh(T0);
        Instant at = T0;
        List<Long> ivl = new ArrayList<>();
        for (int rating : TEST_RATINGS_1) {
            card = fsrs.review(card, rating, at, ZoneOffset.UTC, NO_FUZZ);
            ivl.add(days(card));
            at = card.due();
        }
        assertThat(ivl).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void test_repeated_correct_reviews_bring_difficulty_to_one() {
        Fsrs fsrs = new Fsrs(noFuzz());
        Card card = Card.fresh(T0);
        for (int i = 0; i < 10; i++) {
            card = fsrs.review(card, EASY, T0.plusNanos(i * 1000L), ZoneOffset.UTC, NO_FUZZ);
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void test_memo_state_gives_the_reference_stability_and_difficulty() {
        Fsrs fsrs = new Fsrs(Settings.defaults());
        int[] ratings = {AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD};
        int[] ivl = {0, 0, 1, 3, 8, 21};
        Card card = Card.fresh(T0);
        Instant at = T0;
        for (int i = 0; i < ratings.length; i++) {
            at = at.plus(Duration.ofDays(ivl[i]));
            card = review(fsrs, card, ratings[i], at);
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void test_retrievability_is_zero_for_a_new_card_and_a_probability_after() {
        Fsrs fsrs = new Fsrs(Settings.defaults());
        Card card = Card.fresh(T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(fsrs.retrievability(card, T0, ZoneOffset.UTC)).isZero();
        for (int rating : new int[] {GOOD, GOOD, AGAIN}) {
            card = review(fsrs, card, rating, T0);
            assertThat(fsrs.retrievability(card, T0, ZoneOffset.UTC)).isBetween(0.0, 1.0);
        }
        assertThat(card.state()).isEqualTo(State.RELEARNING);
    }

    @Test
    void test_good_learning_steps_walk_to_review() {
        Fsrs fsrs = new Fsrs(Settings.defaults());
        Card card = Card.fresh(T0);
        assertThat(card.step()).isZero();
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(Math.round(Duration.between(T0, card.due()).toSeconds() / 100.0)).isEqualTo(6);
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isNull();
        assertThat(Math.round(Duration.between(T0, card.due()).toSeconds() / 3600.0)).isGreaterThanOrEqualTo(24);
    }

    @Test
    void test_again_learning_steps_stay_at_step_zero_for_a_minute() {
        Card card = review(new Fsrs(Settings.defaults()), Card.fresh(T0), AGAIN, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(Math.round(Duration.between(T0, card.due()).toSeconds() / 10.0)).isEqualTo(6);
    }

    @Test
    void test_hard_learning_steps_wait_five_and_a_half_minutes() {
        Card card = review(new Fsrs(Settings.defaults()), Card.fresh(T0), HARD, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(Math.round(Duration.between(T0, card.due()).toSeconds() / 10.0)).isEqualTo(33);
    }

    @Test
    void test_easy_learning_steps_graduate_at_once() {
        Card card = review(new Fsrs(Settings.defaults()), Card.fresh(T0), EASY, T0);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isNull();
        assertThat(Math.round(Duration.between(T0, card.due()).toSeconds() / 86400.0)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void test_review_state_goes_to_relearning_for_ten_minutes_on_again() {
        Fsrs fsrs = new Fsrs(noFuzz());
        Card card = review(fsrs, Card.fresh(T0), GOOD, T0);
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        Instant prev = card.due();
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(Math.round(Duration.between(prev, card.due()).toSeconds() / 3600.0)).isGreaterThanOrEqualTo(24);
        prev = card.due();
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(Math.round(Duration.between(prev, card.due()).toSeconds() / 60.0)).isEqualTo(10);
    }

    @Test
    void test_relearning_stays_until_good() {
        Fsrs fsrs = new Fsrs(noFuzz());
        Card card = review(fsrs, Card.fresh(T0), GOOD, T0);
        card = review(fsrs, card, GOOD, card.due());
        card = review(fsrs, card, GOOD, card.due());
        Instant prev = card.due();
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isZero();
        assertThat(Math.round(Duration.between(prev, card.due()).toSeconds() / 60.0)).isEqualTo(10);
        prev = card.due();
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isZero();
        assertThat(Math.round(Duration.between(prev, card.due()).toSeconds() / 60.0)).isEqualTo(10);
        prev = card.due();
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isNull();
        assertThat(Math.round(Duration.between(prev, card.due()).toSeconds() / 3600.0)).isGreaterThanOrEqualTo(24);
    }

    @Test
    void test_fuzz_with_the_reference_seeds_gives_twelve_then_eleven_days() {
        Fsrs fsrs = new Fsrs(Settings.defaults());
        assertThat(thirdGoodInterval(fsrs, new PyRandom(42))).isEqualTo(12);
        assertThat(thirdGoodInterval(fsrs, new PyRandom(12345))).isEqualTo(11);
    }

    private static long thirdGoodInterval(Fsrs fsrs, RandomGenerator seeded) {
        Card card = fsrs.review(Card.fresh(T0), GOOD, T0, ZoneOffset.UTC, seeded);
        card = fsrs.review(card, GOOD, card.due(), ZoneOffset.UTC, seeded);
        Instant prev = card.due();
        card = fsrs.review(card, GOOD, card.due(), ZoneOffset.UTC, seeded);
        return Duration.between(prev, card.due()).toDays();
    }

    @Test
    void test_no_learning_steps_sends_a_new_card_to_review() {
        Card card = review(new Fsrs(steps(List.of(), Settings.defaults().relearningSteps())), Card.fresh(T0), AGAIN, T0);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(days(card)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void test_no_relearning_steps_keeps_a_lapsed_card_in_review() {
        Fsrs fsrs = new Fsrs(steps(Settings.defaults().learningSteps(), List.of()));
        Card card = review(fsrs, Card.fresh(T0), GOOD, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(days(card)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void test_one_card_multiple_schedulers() {
        Duration m1 = Duration.ofMinutes(1);
        Duration m10 = Duration.ofMinutes(10);
        List<Duration> relearning = Settings.defaults().relearningSteps();
        List<Duration> learning = Settings.defaults().learningSteps();
        Card card = review(new Fsrs(steps(List.of(m1, m10), relearning)), Card.fresh(T0), GOOD, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        card = review(new Fsrs(steps(List.of(m1), relearning)), card, AGAIN, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isZero();
        card = review(new Fsrs(steps(List.of(), relearning)), card, HARD, T0);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isNull();
        card = review(new Fsrs(steps(learning, List.of(m1, m10))), card, AGAIN, T0);
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isZero();
        card = review(new Fsrs(steps(learning, List.of(m1, m10))), card, GOOD, T0);
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isEqualTo(1);
        card = review(new Fsrs(steps(learning, List.of(m1))), card, AGAIN, T0);
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isZero();
        card = review(new Fsrs(steps(learning, List.of())), card, HARD, T0);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isNull();
    }

    @Test
    void test_maximum_interval_is_never_exceeded() {
        Fsrs fsrs = new Fsrs(new Settings(0.9, 100, Settings.defaults().learningSteps(),
                Settings.defaults().relearningSteps(), true));
        Card card = Card.fresh(T0);
        for (int rating : new int[] {EASY, GOOD, EASY, GOOD}) {
            card = review(fsrs, card, rating, card.due());
            assertThat(days(card)).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void test_stability_lower_bound_holds_over_a_thousand_failures() {
        Fsrs fsrs = new Fsrs(Settings.defaults());
        Card card = Card.fresh(T0);
        for (int i = 0; i < 1000; i++) {
            card = review(fsrs, card, AGAIN, card.due().plus(Duration.ofDays(1)));
            assertThat(card.stability()).isGreaterThanOrEqualTo(Fsrs.STABILITY_MIN);
        }
    }

    @Test
    void test_scheduler_parameter_validation_wants_twenty_one_weights() {
        double[] tooFew = java.util.Arrays.copyOf(Fsrs.DEFAULT_WEIGHTS, 20);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Fsrs(tooFew, Settings.defaults()));
    }

    @Test
    void test_learning_card_rate_hard_one_learning_step_waits_one_and_a_half_steps() {
        Fsrs fsrs = new Fsrs(steps(List.of(Duration.ofMinutes(10)), Settings.defaults().relearningSteps()));
        Card card = review(fsrs, Card.fresh(T0), HARD, T0);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(Duration.between(T0, card.due())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void test_learning_card_rate_hard_second_learning_step_repeats_that_step() {
        Fsrs fsrs = new Fsrs(steps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                Settings.defaults().relearningSteps()));
        Card card = review(fsrs, Card.fresh(T0), GOOD, T0);
        assertThat(card.step()).isEqualTo(1);
        Instant after = card.due();
        card = review(fsrs, card, HARD, after);
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(Duration.between(after, card.due())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void test_long_term_stability_learning_state_graduates_a_day_late_relearning_card() {
        Fsrs fsrs = new Fsrs(Settings.defaults());
        Card card = review(fsrs, Card.fresh(T0), EASY, T0);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        card = review(fsrs, card, GOOD, card.due().plus(Duration.ofDays(1)));
        assertThat(card.state()).isEqualTo(State.REVIEW);
    }

    @Test
    void test_relearning_card_rate_hard_one_relearning_step_waits_one_and_a_half_steps() {
        Fsrs fsrs = new Fsrs(steps(Settings.defaults().learningSteps(), List.of(Duration.ofMinutes(10))));
        Card card = review(fsrs, Card.fresh(T0), EASY, T0);
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isZero();
        Instant prev = card.due();
        card = review(fsrs, card, HARD, prev);
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isZero();
        assertThat(Duration.between(prev, card.due())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void test_relearning_card_rate_hard_two_relearning_steps() {
        Fsrs fsrs = new Fsrs(steps(Settings.defaults().learningSteps(),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))));
        Card card = review(fsrs, Card.fresh(T0), EASY, T0);
        card = review(fsrs, card, AGAIN, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        Instant prev = card.due();
        card = review(fsrs, card, HARD, prev);
        assertThat(card.step()).isZero();
        assertThat(Duration.between(prev, card.due())).isEqualTo(Duration.ofSeconds(330));
        card = review(fsrs, card, GOOD, card.due());
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isEqualTo(1);
        prev = card.due();
        card = review(fsrs, card, HARD, prev);
        assertThat(card.state()).isEqualTo(State.RELEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(Duration.between(prev, card.due())).isEqualTo(Duration.ofMinutes(10));
        card = review(fsrs, card, EASY, prev);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isNull();
    }
}
