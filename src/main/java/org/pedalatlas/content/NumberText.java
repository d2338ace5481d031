package org.pedalatlas.content;

import java.math.BigDecimal;

/** Writes a number the way the source would: 200, 0.018, 1.5 — never 200.0. */
public final class NumberText {

    private NumberText() {
    }

    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
