package org.pedalatlas.bank;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pedalatlas.content.Question;

/**
 * Reads what a clinician types as a numeric answer: "200", "200 µg", "200mcg", "0,5", "3 minutes". The unit may
 * be left out; a unit that is not one of the accepted spellings, an exponent ("1e400") or a number outside the
 * question's sensible range (a negative dose) is a {@link NumberProblem} for the field, and costs no try.
 */
public final class NumericAnswer {

    private static final Pattern ANSWER = Pattern.compile("^\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*(.*?)\\s*\\.?\\s*$");
    private static final Pattern EXPONENT = Pattern.compile("^e[-+]?\\d.*");

    private NumericAnswer() {
    }

    /** The value, or empty when the text cannot be read (see {@link #problem}). */
    public static Optional<Double> parse(String text, Question.Numeric key) {
        return problem(text, key).isPresent() ? Optional.empty() : Optional.of(value(text));
    }

    /** Why the text cannot be read as an answer; empty when it can. */
    public static Optional<NumberProblem> problem(String text, Question.Numeric key) {
        if (text == null || text.isBlank()) {
            return Optional.of(new NumberProblem.Missing(key.unit()));
        }
        Matcher m = ANSWER.matcher(normalise(text));
        String unit = m.matches() ? m.group(2).strip() : "";
        if (!m.matches() || EXPONENT.matcher(unit).matches()) {
            return Optional.of(new NumberProblem.NotANumber(key.range().get(0), key.unit()));
        }
        if (!unit.isEmpty() && key.units().stream().map(NumericAnswer::normalise).noneMatch(u -> u.equalsIgnoreCase(unit))) {
            return Optional.of(key.unit().isBlank() ? new NumberProblem.NoUnitExpected()
                    : new NumberProblem.UnknownUnit(unit, key.unit()));
        }
        double value = value(text);
        if (value < key.range().get(0) || value > key.range().get(1)) {
            return Optional.of(new NumberProblem.OutOfRange(key.range().get(0), key.range().get(1), key.unit()));
        }
        return Optional.empty();
    }

    private static double value(String text) {
        Matcher m = ANSWER.matcher(normalise(text));
        m.matches();
        return Double.parseDouble(m.group(1).replace(',', '.'));
    }

    private static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u03bc', '\u00b5');
        return s.toLowerCase(Locale.ROOT).replace('\u03bc', '\u00b5');
    }
}
