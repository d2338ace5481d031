package org.pedalatlas.bank;

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
            return "Type a number" + hint(unit) + ".";
        }
    }

    record NotANumber(double example, String unit) implements NumberProblem {
        public String message() {
            return "Type a number with digits, for example " + NumberText.plain(example) + hint(unit) + ".";
        }
    }

    record UnknownUnit(String typed, String unit) implements NumberProblem {
        public String message() {
            return "“" + typed + "” is not a unit this answer can be given in; answer in " + unit + ".";
        }
    }

    record NoUnitExpected() implements NumberProblem {
        public String message() {
            return "Type the number only, without a unit.";
        }
    }

    /** Below or above what the question could sensibly be answered with, such as a negative dose. */
    record OutOfRange(double min, double max, String unit) implements NumberProblem {
        public String message() {
            return "Type a number from " + NumberText.plain(min) + " to " + NumberText.plain(max)
                    + (unit.isBlank() ? "" : " " + unit) + ".";
        }
    }

    private static String hint(String unit) {
        return unit.isBlank() ? "" : " (in " + unit + ")";
    }
}
