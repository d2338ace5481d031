package org.pedalatlas.quiz;

import java.time.Instant;

import org.pedalatlas.bank.Score;
import java.util.List;

import org.springframework.stereotype.Component;

/** Keeps each learner's FSRS review cards: opened by a wrong or unsure answer, moved by every later answer. */
@Component
class ReviewScheduler {

    private final ReviewCardRepository cards;

    ReviewScheduler(ReviewCardRepository cards) {
        this.cards = cards;
    }

    void record(long learnerId, String questionId, Score score, Certainty certainty, Instant now) {
        var existing = cards.findById(new ReviewCard.Key(learnerId, questionId));
        int grade = ReviewGrade.grade(score, certainty);
        if (existing.isPresent()) {
            existing.get().update(Fsrs.review(existing.get().card(), grade, now));
            cards.save(existing.get());
        } else if (ReviewGrade.opensCard(score, certainty)) {
            cards.save(new ReviewCard(learnerId, questionId, Fsrs.review(Fsrs.Card.fresh(now), grade, now)));
        }
    }

    List<String> dueQuestionIds(long learnerId, Instant now) {
        return cards.findByLearnerIdAndDueBeforeOrderByDue(learnerId, now.plusSeconds(1)).stream()
                .map(ReviewCard::questionId).toList();
    }
}
