package org.pedalatlas.quiz;

/** How right an answer was: a fraction from 0 to 1 (partial credit), and whether it was fully right. */
public record Score(double fraction) {

    public Score {
        fraction = Math.max(0, Math.min(1, fraction));
    }

    public boolean correct() {
        return fraction >= 0.999_999;
    }

    public static final Score RIGHT = new Score(1);
    public static final Score WRONG = new Score(0);
}
