package org.pedalatlas.quiz;

import org.pedalatlas.security.LearnerMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A guest who signs in to an existing account brings their attempts; the account's review cards and review settings win. */
@Component
class GuestMergeListener {

    private final AttemptRepository attempts;
    private final ReviewCardRepository cards;
    private final ReviewSettingsRepository settings;

    GuestMergeListener(AttemptRepository attempts, ReviewCardRepository cards, ReviewSettingsRepository settings) {
        this.attempts = attempts;
        this.cards = cards;
        this.settings = settings;
    }

    @EventListener
    @Transactional
    void on(LearnerMerged merged) {
        attempts.moveLearner(merged.fromGuestId(), merged.toLearnerId());
        cards.deleteByLearner(merged.fromGuestId());
        settings.deleteByLearner(merged.fromGuestId());
    }
}
