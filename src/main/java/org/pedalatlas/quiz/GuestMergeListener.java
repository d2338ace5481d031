package org.pedalatlas.quiz;

import org.pedalatlas.security.LearnerMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A guest who signs in to an existing account brings their attempts; the account's review cards win. */
@Component
class GuestMergeListener {

    private final AttemptRepository attempts;
    private final ReviewCardRepository cards;

    GuestMergeListener(AttemptRepository attempts, ReviewCardRepository cards) {
        this.attempts = attempts;
        this.cards = cards;
    }

    @EventListener
    @Transactional
    void on(LearnerMerged merged) {
        attempts.moveLearner(merged.fromGuestId(), merged.toLearnerId());
        cards.deleteByLearner(merged.fromGuestId());
    }
}
