package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.pedalatlas.quiz.Fsrs.Card;
import org.pedalatlas.quiz.Fsrs.Settings;
import org.pedalatlas.quiz.Fsrs.State;

/** The schedule the browser journey {@code ReviewScheduleIT} walks, step by step, under the reference's rules. */
class FsrsScheduleTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private final Fsrs fsrs = new Fsrs(Settings.defaults());

    @Test
    void a_new_card_failed_then_recalled_twice_at_once_is_due_the_next_day() {
        Instant t = Instant.parse("2026-12-06T20:30:00Z");
        Card card = fsrs.review(Card.fresh(t), Fsrs.AGAIN, t, KIRITIMATI, new PyRandom(1));
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(Duration.between(t, card.due())).as("first learning step").isEqualTo(Duration.ofMinutes(1));

        Instant atOnce = t.plusSeconds(20);
        card = fsrs.review(card, Fsrs.GOOD, atOnce, KIRITIMATI, new PyRandom(1));
        assertThat(card.state()).isEqualTo(State.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(Duration.between(atOnce, card.due())).as("second learning step").isEqualTo(Duration.ofMinutes(10));

        Instant again = atOnce.plusSeconds(20);
        card = fsrs.review(card, Fsrs.GOOD, again, KIRITIMATI, new PyRandom(1));
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.stability()).as("same-day updates keep it under a day").isLessThan(1.5);
        assertThat(card.due().atZone(KIRITIMATI).toLocalDate())
                .isEqualTo(again.atZone(KIRITIMATI).toLocalDate().plusDays(1));
    }

    @Test
    void a_failed_review_card_relearns_for_ten_minutes_and_counts_a_lapse() {
        Instant t = Instant.parse("2026-12-06T20:30:00Z");
        Card review = new Card(State.REVIEW, null, 12.39, 5.0, t, t.minus(Duration.ofDays(12)), 3, 0);
        Card failed = fsrs.review(review, Fsrs.AGAIN, t, KIRITIMATI, new PyRandom(1));
        assertThat(failed.state()).isEqualTo(State.RELEARNING);
        assertThat(failed.step()).isZero();
        assertThat(Duration.between(t, failed.due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(failed.lapses()).isEqualTo(1);
        assertThat(failed.stability()).isLessThan(12.39);
    }
}
