package org.pedalatlas.workshop;

import org.pedalatlas.base.Words;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.SpoofChecker;

/** The rules of a live session as plain functions: nicknames, join codes, closing, points. */
public final class SessionRules {

    /** Longest nickname, in what a reader sees as characters (grapheme clusters: "नि" or "مُ" is one). */
    public static final int NICKNAME_MAX = 20;
    /** Longest nickname in UTF-16 units, what the field and the database column count; generous for any script. */
    public static final int NICKNAME_MAX_CHARS = 64;
    /** Accents or vowel marks on one character: Arabic with shadda and a vowel has two; "Zalgo" text has dozens. */
    static final int MARKS_PER_CHARACTER = 4;
    /** Highest participant cap an instructor may set: far above any hall, low enough to be a typo's guard. */
    public static final int CAP_MAX = 5000;
    /** The rule phones show beside the answer input, and repeat when a second answer is refused. */
    public static String answerRule() {
        return Words.get("workshop.answer-rule");
    }
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Unicode's confusables (UTS #39) as ICU maintains them; immutable once built, so shared by all threads. */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private SessionRules() {
    }

    /** What can be wrong with a nickname. */
    public enum NicknameProblem {
        TOO_SHORT, TOO_LONG, BAD_CHARACTERS, STACKED_MARKS;

        public String message() {
            return switch (this) {
                case TOO_SHORT -> Words.get("workshop.nickname.too-short");
                case TOO_LONG -> Words.get("workshop.nickname.too-long", NICKNAME_MAX);
                case BAD_CHARACTERS -> Words.get("workshop.nickname.bad-characters");
                case STACKED_MARKS -> Words.get("workshop.nickname.stacked-marks", MARKS_PER_CHARACTER);
            };
        }
    }

    /**
     * Trims and folds inner spaces; returns the problem with the nickname, if any. Every script is welcome, with its
     * combining vowel signs and accents; refused are control, format and private-use characters (invisible ones
     * could fake another name), symbols, and marks piled on one letter. The zero-width (non-)joiners that Persian
     * or Indic spelling needs are allowed only between two letters of such a script, where they change the shape.
     */
    public static Optional<NicknameProblem> nicknameProblem(String nickname) {
        String n = cleanNickname(nickname);
        int graphemes = graphemes(n);
        if (graphemes < 2) {
            return Optional.of(NicknameProblem.TOO_SHORT);
        }
        if (graphemes > NICKNAME_MAX || n.length() > NICKNAME_MAX_CHARS) {
            return Optional.of(NicknameProblem.TOO_LONG);
        }
        int[] cps = n.codePoints().toArray();
        if (!Character.isLetterOrDigit(cps[0])) {
            return Optional.of(NicknameProblem.BAD_CHARACTERS);
        }
        int marks = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean mark = isMark(cp);
            marks = mark ? marks + 1 : 0;
            if (marks > MARKS_PER_CHARACTER) {
                return Optional.of(NicknameProblem.STACKED_MARKS);
            }
            boolean allowed = mark || Character.isLetterOrDigit(cp) || " ._'-".indexOf(cp) >= 0
                    || ((cp == ZWNJ || cp == ZWJ) && joinsLetters(cps, i));
            if (!allowed) {
                return Optional.of(NicknameProblem.BAD_CHARACTERS);
            }
        }
        return Optional.empty();
    }

    public static String cleanNickname(String nickname) {
        return nickname == null ? ""
                : Normalizer.normalize(nickname, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip();
    }

    /**
     * The nickname as its owner would claim it: case folded, spaces folded, and accents dropped from Latin, Greek
     * and Cyrillic letters ("Zoë" is "zoe"). Marks of other scripts are vowels, not accents, and stay: "अनिल" and
     * "अनल" are two names.
     */
    static String sameNameKey(String nickname) {
        String decomposed = Normalizer.normalize(withoutIgnorables(cleanNickname(nickname)), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int base = UScript.COMMON;
        for (int cp : decomposed.codePoints().toArray()) {
            if (isMark(cp)) {
                if (base == UScript.LATIN || base == UScript.GREEK || base == UScript.CYRILLIC) {
                    continue;
                }
            } else {
                base = UScript.getScript(cp);
            }
            out.appendCodePoint(cp);
        }
        return Normalizer.normalize(UCharacter.foldCase(out.toString(), true), Normalizer.Form.NFC);
    }

    /**
     * The key stored with a participant, unique per session: Unicode's confusable skeleton of {@link #sameNameKey},
     * so a Cyrillic "Аlice" meets the Latin "Alice" it imitates.
     */
    public static String nicknameKey(String nickname) {
        return SPOOF.getSkeleton(sameNameKey(nickname));
    }

    /**
     * Every key under which a nickname could be mistaken for another: the skeleton of its folded form and of the
     * name as written (case folding turns a capital I into i, while "AIice" imitates "Alice" through l).
     */
    static Set<String> lookalikeKeys(String nickname) {
        return Set.copyOf(List.of(nicknameKey(nickname), SPOOF.getSkeleton(withoutIgnorables(cleanNickname(nickname)))));
    }

    private static int graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A joiner between two letters of one script that shapes its letters by joining (not Latin, not symbols). */
    private static boolean joinsLetters(int[] cps, int at) {
        if (at == 0 || at == cps.length - 1) {
            return false;
        }
        int before = UScript.COMMON;
        for (int i = at - 1; i >= 0 && (before == UScript.COMMON || before == UScript.INHERITED); i--) {
            before = UScript.getScript(cps[i]);
        }
        int after = UScript.getScript(cps[at + 1]);
        return before == after && before != UScript.LATIN && before != UScript.COMMON && before != UScript.INHERITED
                && before != UScript.UNKNOWN && Character.isLetter(cps[at + 1]);
    }

    private static String withoutIgnorables(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> !UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static boolean isCode(String text) {
        return text != null && text.strip().matches("\\d{6}");
    }

    /** Answers count only while the question is open and before its closing time (if it has one). */
    public static boolean accepts(Phase phase, Instant closesAt, Instant now) {
        return phase == Phase.QUESTION && (closesAt == null || !now.isAfter(closesAt));
    }

    public static int points(Scoring scoring, double fraction, Duration taken, Integer limitSeconds) {
        if (fraction <= 0) {
            return 0;
        }
        if (scoring == Scoring.CORRECTNESS || limitSeconds == null || limitSeconds <= 0) {
            return (int) Math.round(1000 * fraction);
        }
        double share = Math.min(1, Math.max(0, taken.toMillis() / (limitSeconds * 1000.0)));
        return (int) Math.round(1000 * fraction * (1 - share / 2));
    }
}
