package org.pedalatlas.workshop;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of a live session as plain functions: nicknames, join codes, closing, points. */
public final class SessionRules {

    public static final int NICKNAME_MAX = 20;
    public static final String ANSWER_RULE = "Your first answer counts and cannot be changed.";
    private static final Pattern NICKNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{1,19}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionRules() {
    }

    /** What can be wrong with a nickname. */
    public enum NicknameProblem {
        TOO_SHORT("Use at least 2 characters."),
        TOO_LONG("Use at most " + NICKNAME_MAX + " characters."),
        BAD_CHARACTERS("Use letters, digits, spaces and . _ ' - only, starting with a letter or digit.");

        private final String message;

        NicknameProblem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Trims and folds inner spaces; returns the problem with the nickname, if any. */
    public static Optional<NicknameProblem> nicknameProblem(String nickname) {
        String n = cleanNickname(nickname);
        if (n.length() < 2) {
            return Optional.of(NicknameProblem.TOO_SHORT);
        }
        if (n.length() > NICKNAME_MAX) {
            return Optional.of(NicknameProblem.TOO_LONG);
        }
        if (!NICKNAME.matcher(n).matches()) {
            return Optional.of(NicknameProblem.BAD_CHARACTERS);
        }
        return Optional.empty();
    }

    public static String cleanNickname(String nickname) {
        return nickname == null ? "" : Normalizer.normalize(nickname, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Two nicknames that differ only in case or accents are the same nickname. */
    public static String nicknameKey(String nickname) {
        String plain = Normalizer.normalize(cleanNickname(nickname), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT);
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
