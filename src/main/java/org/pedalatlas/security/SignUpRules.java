package org.pedalatlas.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules for a new account, as messages per field (empty when all is well). */
public final class SignUpRules {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

    private SignUpRules() {
    }

    public static Map<String, String> check(String username, String password, String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.put("username", "Use 3 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit.");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.put("password", "Use at least " + MIN_PASSWORD + " characters.");
        } else if (password.length() > MAX_PASSWORD) {
            errors.put("password", "Use at most " + MAX_PASSWORD + " characters.");
        } else if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            errors.put("password", "Do not put your username in your password.");
        }
        if (password != null && !password.equals(repeat)) {
            errors.put("repeat", "The two passwords differ.");
        }
        return errors;
    }
}
