package org.pedalatlas.quiz;

import org.pedalatlas.bank.Score;

/**
 * Turns an answer into an FSRS grade. Wrong answers and low-certainty answers are what the learner should see
 * again; only they open a review card, but once a card exists every answer moves it.
 */
final class ReviewGrade {

    private ReviewGrade() {
    }

    static int grade(Score score, Certainty certainty) {
        if (!score.correct()) {
            return score.fraction() > 0 ? 2 : 1;
        }
        if (certainty == null) {
            return 3;
        }
        return switch (certainty) {
            case LOW -> 2;
            case MEDIUM -> 3;
            case HIGH -> 4;
        };
    }

    static boolean opensCard(Score score, Certainty certainty) {
        return !score.correct() || certainty == Certainty.LOW;
    }
}
