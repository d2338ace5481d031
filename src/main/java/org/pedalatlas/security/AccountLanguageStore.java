package org.pedalatlas.security;

import java.util.Locale;
import java.util.Optional;

import org.pedalatlas.base.ui.AccountLanguage;
import org.springframework.stereotype.Component;

/** The shell's place for a learner's language, kept on their account row (so it follows them to any browser). */
@Component
class AccountLanguageStore implements AccountLanguage {

    private final LearnerService learners;

    AccountLanguageStore(LearnerService learners) {
        this.learners = learners;
    }

    @Override
    public Optional<String> saved() {
        return learners.language();
    }

    @Override
    public void save(Locale language) {
        learners.saveLanguage(language);
    }
}
