package org.pedalatlas.security;

import java.util.Map;

/** A sign-up the rules refuse; {@code errors} maps field name to a message to show next to it. */
public class SignUpException extends RuntimeException {

    private final transient Map<String, String> errors;

    public SignUpException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
