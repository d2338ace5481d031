package org.pedalatlas.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in learner's language is kept. Provided by the security feature, so the shell does not depend on
 * accounts: without a signed-in learner, {@link #saved()} is empty and {@link #save(Locale)} does nothing.
 */
public interface AccountLanguage {

    /** The signed-in learner's language tag, if they have chosen one. */
    Optional<String> saved();

    /** Remembers the language on the signed-in learner's account, if someone is signed in. */
    void save(Locale language);
}
