package org.pedalatlas.quiz;

/**
 * Certainty-based marking on Moodle's scale: low +1 / 0, medium +2 / −2, high +3 / −6. A partly right answer
 * earns the same mix of the two as its fraction, as in Moodle's deferred CBM behaviour.
 */
public enum Certainty {
    LOW(1, 0, "Low (C1): +1 if right, 0 if wrong"),
    MEDIUM(2, -2, "Medium (C2): +2 if right, −2 if wrong"),
    HIGH(3, -6, "High (C3): +3 if right, −6 if wrong");

    private final int right;
    private final int wrong;
    private final String label;

    Certainty(int right, int wrong, String label) {
        this.right = right;
        this.wrong = wrong;
        this.label = label;
    }

    public double marks(double fraction) {
        return right * fraction + wrong * (1 - fraction);
    }

    public String label() {
        return label;
    }
}
