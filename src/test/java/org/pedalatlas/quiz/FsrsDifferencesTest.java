package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pedalatlas.quiz.Fsrs.GOOD;
import static org.pedalatlas.quiz.Fsrs.HARD;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.pedalatlas.quiz.Fsrs.Card;
import org.pedalatlas.quiz.Fsrs.Settings;
import org.pedalatlas.quiz.Fsrs.State;

/** Where this project schedules differently from the references, on purpose, each shown by a test. */
class FsrsDifferencesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Fsrs fsrs = new Fsrs(Settings.defaults());

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    /**
     * py-fsrs v6.3.1 counts whole 24-hour periods since the last review; we count the learner's calendar days.
     * Two hours from 23:00 to 01:00 are a new day for the learner, so the long-term update runs, where py-fsrs
     * would take the same-day (short-term) update.
     */
    @Test
    void a_review_at_one_in_the_morning_counts_a_day_after_one_at_eleven_at_night() {
        Card card = fsrs.review(Card.fresh(berlin("2026-03-01T09:00")), GOOD, berlin("2026-03-01T09:00"), BERLIN,
                new PyRandom(1));
        card = fsrs.review(card, GOOD, berlin("2026-03-01T23:00"), BERLIN, new PyRandom(1));
        assertThat(card.state()).isEqualTo(State.REVIEW);
        Card next = fsrs.review(card, GOOD, berlin("2026-03-02T01:00"), BERLIN, new PyRandom(1));

        double longTerm = fsrs.nextStability(card.difficulty(), card.stability(),
                fsrs.forgettingCurve(1, card.stability()), GOOD);
        assertThat(next.stability()).isCloseTo(longTerm, within(1e-12));
        assertThat(next.stability()).isNotCloseTo(fsrs.shortTermStability(card.stability(), GOOD), within(1e-3));

        assertThat(Duration.between(card.lastReview(), berlin("2026-03-02T01:00")).toDays())
                .as("py-fsrs's days_since_last_review, which would choose the short-term update").isZero();
    }

    /**
     * The references disagree on a same-day Hard: ts-fsrs v5.4.1 floors its stability increase at 1 (its
     * algorithm.test.ts expects 5 for stability 5), py-fsrs v6.3.1 floors only Good and Easy. We follow py-fsrs,
     * the scheduler we port end to end, so Hard on the same day lowers stability.
     */
    @Test
    void hard_on_the_same_day_lowers_stability_as_py_fsrs_does_not_as_ts_fsrs_does() {
        double[] w = Fsrs.DEFAULT_WEIGHTS;
        double pyFsrs = 5 * Math.exp(w[17] * (HARD - 3 + w[18])) * Math.pow(5, -w[19]);
        assertThat(fsrs.shortTermStability(5, HARD)).isCloseTo(pyFsrs, within(1e-12)).isLessThan(5);
    }

    /**
     * py-fsrs draws fuzz from Python's global random generator; we seed a generator per review (learner, question,
     * time) so the same review always lands on the same day and a schedule can be replayed.
     */
    @Test
    void fuzz_drawn_from_the_same_seed_gives_the_same_day() {
        Instant t = Instant.parse("2026-03-01T12:00:00Z");
        Card card = fsrs.review(Card.fresh(t), Fsrs.EASY, t, ZoneOffset.UTC, new PyRandom(7));
        Instant later = card.due();
        Card a = fsrs.review(card, GOOD, later, ZoneOffset.UTC, new PyRandom(99));
        Card b = fsrs.review(card, GOOD, later, ZoneOffset.UTC, new PyRandom(99));
        assertThat(a.due()).isEqualTo(b.due());
    }
}
