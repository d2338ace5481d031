package org.pedalatlas.bank;

/** How right an answer was: a fraction from 0 to 1 (partial credit), and whether it was fully right. */
public record Score(double fraction) {

    public static final Score RIGHT = new Score(1);
    public static final Score WRONG = new Score(0);

    public Score {
        fraction = Math.max(0, Math.min(1, fraction));
    }

    /** The one "fully right" rule: a stored fraction counts as right when rounding has left it a hair below 1. */
    public static boolean fullyRight(double fraction) {
        return fraction >= 0.999_999;
    }

    public boolean correct() {
        return fullyRight(fraction);
    }

    public boolean partlyRight() {
        return fraction > 0 && !correct();
    }
}
