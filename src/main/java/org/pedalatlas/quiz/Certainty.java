package org.pedalatlas.quiz;

import org.pedalatlas.base.Words;

/**
 * Certainty-based marking on Moodle's scale: low +1 / 0, medium +2 / −2, high +3 / −6. A partly right answer
 * earns the same mix of the two as its fraction, as in Moodle's deferred CBM behaviour.
 */
public enum Certainty {
    LOW(1, 0),
    MEDIUM(2, -2),
    HIGH(3, -6);

    private final int right;
    private final int wrong;
    Certainty(int right, int wrong) {
        this.right = right;
        this.wrong = wrong;
    }

    public double marks(double fraction) {
        return right * fraction + wrong * (1 - fraction);
    }

    public String label() {
        return Words.get("quiz.certainty." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
