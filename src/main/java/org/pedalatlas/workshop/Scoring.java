package org.pedalatlas.workshop;

import org.pedalatlas.base.Words;

/** How answers earn points. The formulas are shown to the instructor and to participants. */
public enum Scoring {
    CORRECTNESS, SPEED;

    public String formula() {
        return Words.get("workshop.scoring." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
