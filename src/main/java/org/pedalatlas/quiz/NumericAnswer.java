package org.pedalatlas.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pedalatlas.content.NumberText;
import org.pedalatlas.content.Question;

/**
 * Reads what a clinician types as a numeric answer: "200", "200 µg", "200mcg", "0,5", "3 minutes". The unit may
 * be left out; a unit that is not one of the accepted spellings is an error with a message for the field.
 */
public final class NumericAnswer {

    private static final Pattern ANSWER = Pattern.compile("^\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*(.*?)\\s*\\.?\\s*$");

    private NumericAnswer() {
    }

    /** The value, or empty when the text cannot be read (see {@link #problem}). */
    public static Optional<Double> parse(String text, Question.Numeric key) {
        return problem(text, key).isPresent() ? Optional.empty() : Optional.of(value(text));
    }

    /** Why the text cannot be read as an answer, in words for the learner; empty when it can. */
    public static Optional<String> problem(String text, Question.Numeric key) {
        if (text == null || text.isBlank()) {
            return Optional.of("Type a number" + unitHint(key) + ".");
        }
        Matcher m = ANSWER.matcher(normalise(text));
        if (!m.matches()) {
            return Optional.of("Type a number with digits, for example " + NumberText.plain(key.range().get(0))
                    + unitHint(key) + ".");
        }
        String unit = m.group(2).strip();
        if (!unit.isEmpty() && key.units().stream().map(NumericAnswer::normalise).noneMatch(u -> u.equalsIgnoreCase(unit))) {
            return Optional.of(key.unit().isBlank() ? "Type the number only, without a unit."
                    : "“" + m.group(2).strip() + "” is not a unit this answer can be given in; answer in " + key.unit() + ".");
        }
        return Optional.empty();
    }

    private static double value(String text) {
        Matcher m = ANSWER.matcher(normalise(text));
        m.matches();
        return Double.parseDouble(m.group(1).replace(',', '.'));
    }

    private static String unitHint(Question.Numeric key) {
        return key.unit().isBlank() ? "" : " (in " + key.unit() + ")";
    }

    private static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u03bc', '\u00b5');
        return s.toLowerCase(Locale.ROOT).replace('\u03bc', '\u00b5');
    }
}
