package org.pedalatlas.security;

import org.pedalatlas.base.Words;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * The rules for a new account, as messages per field (empty when all is well). Passwords follow NIST SP 800-63B:
 * at least 10 characters, any characters at all (spaces and emoji included), no composition rules, and refused
 * when common or guessable — zxcvbn's estimate must reach {@link #MIN_SCORE} — or when they contain the username.
 * The upper bound is in UTF-8 bytes because BCrypt reads no further than 72 bytes: a longer password would be
 * silently cut, so it is refused with a reason instead.
 */
public final class SignUpRules {

    public static final int MIN_PASSWORD = 10;
    /** BCrypt's input limit; an accented letter takes 2 bytes, most emoji 4. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** zxcvbn's "safely unguessable: moderate protection from an offline slow-hash scenario". */
    static final int MIN_SCORE = 3;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");
    /** Words an attacker of this site would try first. */
    private static final List<String> SITE_WORDS = List.of("pedal", "access", "atlas", "pedalatlas", "puncture");
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private SignUpRules() {
    }

    public static Map<String, String> check(String username, String password, String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.put("username", Words.get("security.sign-up.username-rule"));
        }
        passwordProblem(username, password).ifPresent(message -> errors.put("password", message));
        if (password != null && !password.equals(repeat)) {
            errors.put("repeat", Words.get("security.sign-up.passwords-differ"));
        }
        return errors;
    }

    /** Why this password cannot be used; checked cheapest first, so that a long paste never reaches the estimator. */
    static Optional<String> passwordProblem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            return Optional.of(Words.get("security.sign-up.password-short", MIN_PASSWORD));
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            return Optional.of(Words.get("security.sign-up.password-long", bytes, MAX_PASSWORD_BYTES));
        }
        if (username != null && USERNAME.matcher(username.strip()).matches() && password.toLowerCase(Locale.ROOT)
                .contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Words.get("security.sign-up.password-has-username"));
        }
        List<String> context = new ArrayList<>(SITE_WORDS);
        if (username != null && USERNAME.matcher(username.strip()).matches()) {
            context.add(username.strip());
        }
        Strength strength = STRENGTH.measure(password, context);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning(Words.locale());
            return Optional.of(warning == null || warning.isBlank() ? Words.get("security.sign-up.password-weak")
                    : Words.get("security.sign-up.password-weak-because", warning));
        }
        return Optional.empty();
    }
}
