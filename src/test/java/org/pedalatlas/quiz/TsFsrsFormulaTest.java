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

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.pedalatlas.quiz.Fsrs.Card;
import org.pedalatlas.quiz.Fsrs.Settings;
import org.pedalatlas.quiz.Fsrs.State;

/**
 * The formula tests of ts-fsrs v5.4.1 (tag v5.4.1, commit bfc0a1960dfde4b4627ae4f4c8757b9211314963,
 * {@code packages/fsrs/__tests__/algorithm.test.ts} and {@code FSRS-6.test.ts}), ported with their expected
 * numbers and FSRS-6 default weights. ts-fsrs rounds every result to 8 decimals, hence the tolerance of 1e-8.
 * The one value where ts-fsrs and py-fsrs disagree, Hard's same-day stability, is in {@code FsrsDifferencesTest}.
 */
class TsFsrsFormulaTest {

    private static final Offset<Double> EIGHT_DECIMALS = within(1e-8);
    private static final int[] GRADES = {AGAIN, HARD, GOOD, EASY};
    private final Fsrs fsrs = new Fsrs(Settings.defaults());

    @Test
    void forgetting_curve_of_stability_one_over_zero_to_three_days() {
        double[] expected = {1.0, 0.9, 0.84588465, 0.8093881};
        for (int t = 0; t < 4; t++) {
            assertThat(fsrs.forgettingCurve(t, 1.0)).isCloseTo(expected[t], EIGHT_DECIMALS);
        }
    }

    @Test
    void initial_stability_is_the_first_four_weights() {
        for (int g : GRADES) {
            assertThat(fsrs.initialStability(g)).isEqualTo(Fsrs.DEFAULT_WEIGHTS[g - 1]);
        }
    }

    @Test
    void next_difficulty_from_five() {
        double[] expected = {8.34176237, 6.66599536, 4.99022837, 3.31446137};
        for (int i = 0; i < 4; i++) {
            assertThat(fsrs.nextDifficulty(5.0, GRADES[i])).isCloseTo(expected[i], EIGHT_DECIMALS);
        }
    }

    @Test
    void next_recall_and_forget_stability_for_stability_five() {
        double[] d = {1, 2, 3, 4};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        double[] recall = {25.60252118, 28.22657096, 58.65599107, 127.2266925};
        double[] forget = {1.05253961, 1.18943295, 1.36808387, 1.58498896};
        for (int i = 0; i < 4; i++) {
            assertThat(fsrs.nextRecallStability(d[i], 5, r[i], GRADES[i])).isCloseTo(recall[i], EIGHT_DECIMALS);
            assertThat(fsrs.nextForgetStability(d[i], 5, r[i])).isCloseTo(forget[i], EIGHT_DECIMALS);
        }
        assertThat(fsrs.nextStability(1, 5, 0.9, AGAIN)).isCloseTo(forget[0], EIGHT_DECIMALS);
        assertThat(fsrs.nextStability(4, 5, 0.6, EASY)).isCloseTo(recall[3], EIGHT_DECIMALS);
    }

    @Test
    void short_term_stability_for_again_good_and_easy() {
        assertThat(fsrs.shortTermStability(5, AGAIN)).isCloseTo(1.596818, EIGHT_DECIMALS);
        assertThat(fsrs.shortTermStability(5, GOOD)).isCloseTo(5, EIGHT_DECIMALS);
        assertThat(fsrs.shortTermStability(5, EASY)).isCloseTo(8.12960956, EIGHT_DECIMALS);
    }

    @Test
    void next_interval_of_stability_one_for_retention_one_tenth_to_one() {
        long[] expected = {3116766 + 3, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        for (int i = 0; i < 10; i++) {
            Fsrs f = new Fsrs(new Settings((i + 1) / 10.0, Integer.MAX_VALUE, Settings.defaults().learningSteps(),
                    Settings.defaults().relearningSteps(), false));
            assertThat(f.nextInterval(1.0)).as("retention %s", (i + 1) / 10.0).isEqualTo(expected[i]);
        }
    }

    @Test
    void next_interval_stops_at_the_maximum_interval_and_so_does_its_fuzz_range() {
        Fsrs f = new Fsrs(new Settings(0.9, 365, Settings.defaults().learningSteps(),
                Settings.defaults().relearningSteps(), true));
        assertThat(f.nextInterval(737.47)).isEqualTo(365);
        long[] range = f.fuzzRange(737);
        assertThat(range[1]).isEqualTo(365);
        assertThat(f.nextInterval(737.47)).isBetween(range[0], range[1]);
    }

    @Test
    void first_repeat_of_a_new_card_for_each_grade() {
        Instant now = Instant.parse("2022-12-29T12:30:00Z");
        double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
        double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
        long[] scheduledDays = {0, 0, 0, 8};
        State[] states = {State.LEARNING, State.LEARNING, State.LEARNING, State.REVIEW};
        Fsrs noFuzz = new Fsrs(new Settings(0.9, 36500, Settings.defaults().learningSteps(),
                Settings.defaults().relearningSteps(), false));
        for (int i = 0; i < 4; i++) {
            Card card = noFuzz.review(Card.fresh(now), GRADES[i], now, ZoneOffset.UTC, new PyRandom(0));
            assertThat(card.stability()).isCloseTo(stability[i], EIGHT_DECIMALS);
            assertThat(card.difficulty()).isCloseTo(difficulty[i], EIGHT_DECIMALS);
            assertThat(card.reps()).isEqualTo(1);
            assertThat(card.lapses()).isZero();
            assertThat(Duration.between(now, card.due()).toDays()).isEqualTo(scheduledDays[i]);
            assertThat(card.state()).isEqualTo(states[i]);
        }
    }

    @Test
    void retrievability_at_the_due_time_of_a_first_repeat() {
        Instant created = Instant.parse("2023-12-01T04:00:00Z");
        Instant reviewed = Instant.parse("2023-12-01T04:05:00Z");
        double[] expected = {1, 1, 1, 0.9024733};
        Fsrs noFuzz = new Fsrs(new Settings(0.9, 36500, Settings.defaults().learningSteps(),
                Settings.defaults().relearningSteps(), false));
        for (int i = 0; i < 4; i++) {
            Card card = noFuzz.review(Card.fresh(created), GRADES[i], reviewed, ZoneOffset.UTC, new PyRandom(0));
            assertThat(noFuzz.retrievability(card, card.due(), ZoneOffset.UTC)).isCloseTo(expected[i], EIGHT_DECIMALS);
        }
    }
}
