package org.pedalatlas.workshop;

/** How answers earn points. The formulas are shown to the instructor and to participants. */
public enum Scoring {
    CORRECTNESS("Correctness only: 1000 points × the share of the answer that is right."),
    SPEED("Speed-weighted: 1000 × share right × (1 − ½ × seconds taken ÷ time limit); "
            + "a right answer at the last moment still earns half.");

    private final String formula;

    Scoring(String formula) {
        this.formula = formula;
    }

    public String formula() {
        return formula;
    }
}
