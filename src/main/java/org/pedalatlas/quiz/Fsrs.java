package org.pedalatlas.quiz;

import java.time.Duration;
import java.time.Instant;

/**
 * The FSRS-4.5 spaced-repetition scheduler, from its published formulas (open-spaced-repetition, "The Algorithm",
 * version 4.5) with the default parameters. No maintained Java implementation is on Maven Central, so the formulas
 * are implemented here and tested against values computed from them.
 * Grades: 1 again, 2 hard, 3 good, 4 easy. Target retention 0.9, so the interval equals the stability in days.
 * Learning steps are left out: a card graded again is due immediately, others after their interval in whole days.
 */
public final class Fsrs {

    static final double[] W = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367,
            1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755};
    static final double DECAY = -0.5;
    static final double FACTOR = 19.0 / 81.0;
    static final double RETENTION = 0.9;
    static final double MAX_INTERVAL_DAYS = 365;

    /** A card's memory state; {@code reps == 0} means never reviewed. */
    public record Card(double stability, double difficulty, int reps, int lapses, Instant lastReview, Instant due) {

        public static Card fresh(Instant now) {
            return new Card(0, 0, 0, 0, null, now);
        }
    }

    private Fsrs() {
    }

    /** Probability of recall after {@code elapsedDays} for a card of stability {@code stability}. */
    public static double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    public static Card review(Card card, int grade, Instant now) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("grade must be 1..4");
        }
        double s;
        double d;
        if (card.reps() == 0) {
            s = W[grade - 1];
            d = initialDifficulty(grade);
        } else {
            double elapsed = Math.max(0, Duration.between(card.lastReview(), now).toMinutes() / 1440.0);
            double r = retrievability(elapsed, card.stability());
            d = nextDifficulty(card.difficulty(), grade);
            s = grade == 1 ? forgetStability(card.difficulty(), card.stability(), r)
                    : recallStability(card.difficulty(), card.stability(), r, grade);
        }
        double days = grade == 1 ? 0 : Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(interval(s))));
        // A forgotten card is due again at once: the learner's next review session should bring it back.
        Instant due = grade == 1 ? now : now.plus(Duration.ofDays((long) days));
        return new Card(s, d, card.reps() + 1, card.lapses() + (grade == 1 && card.reps() > 0 ? 1 : 0), now, due);
    }

    static double interval(double stability) {
        return stability / FACTOR * (Math.pow(RETENTION, 1 / DECAY) - 1);
    }

    static double initialDifficulty(int grade) {
        return clamp(W[4] - (grade - 3) * W[5]);
    }

    static double nextDifficulty(double d, int grade) {
        double next = d - W[6] * (grade - 3);
        return clamp(W[7] * initialDifficulty(3) + (1 - W[7]) * next);
    }

    static double recallStability(double d, double s, double r, int grade) {
        double hard = grade == 2 ? W[15] : 1;
        double easy = grade == 4 ? W[16] : 1;
        return s * (Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp(W[10] * (1 - r)) - 1) * hard * easy + 1);
    }

    static double forgetStability(double d, double s, double r) {
        return W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp(W[14] * (1 - r));
    }

    private static double clamp(double d) {
        return Math.max(1, Math.min(10, d));
    }
}
