package org.pedalatlas.bank;

import org.pedalatlas.base.Words;

import org.pedalatlas.content.NumberText;

/**
 * Why a typed numeric answer cannot be read. Typed, so callers decide by kind and a translation changes only
 * {@link #message()}; each carries what its message needs.
 */
public sealed interface NumberProblem {

    /** Words for the learner, next to the field. */
    String message();

    record Missing(String unit) implements NumberProblem {
        public String message() {
            return unit.isBlank() ? Words.get("bank.number.missing") : Words.get("bank.number.missing-unit", unit);
        }
    }

    record NotANumber(double example, String unit) implements NumberProblem {
        public String message() {
            return unit.isBlank() ? Words.get("bank.number.not-a-number", NumberText.plain(example))
                    : Words.get("bank.number.not-a-number-unit", NumberText.plain(example), unit);
        }
    }

    record UnknownUnit(String typed, String unit) implements NumberProblem {
        public String message() {
            return Words.get("bank.number.unknown-unit", typed, unit);
        }
    }

    record NoUnitExpected() implements NumberProblem {
        public String message() {
            return Words.get("bank.number.no-unit-expected");
        }
    }

    /** Below or above what the question could sensibly be answered with, such as a negative dose. */
    record OutOfRange(double min, double max, String unit) implements NumberProblem {
        public String message() {
            return Words.get("bank.number.out-of-range", NumberText.plain(min), NumberText.plain(max),
                    unit.isBlank() ? "" : " " + unit);
        }
    }
}
