package org.pedalatlas.quiz;

import java.time.Instant;

import org.pedalatlas.bank.Score;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps each learner's FSRS review cards: opened by a wrong or unsure answer, moved by every later answer, due by
 * the day in the learner's time zone. The fuzz of each review is seeded by learner, question and time, so the same
 * review always lands on the same day.
 */
@Component
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewScheduler {

    private final ReviewCardRepository cards;
    private final ReviewSettingsRepository settings;
    private final ReviewProperties properties;

    ReviewScheduler(ReviewCardRepository cards, ReviewSettingsRepository settings, ReviewProperties properties) {
        this.cards = cards;
        this.settings = settings;
        this.properties = properties;
    }

    void record(long learnerId, String questionId, Score score, Certainty certainty, Instant now) {
        var existing = cards.findById(new ReviewCard.Key(learnerId, questionId));
        if (existing.isEmpty() && !ReviewGrade.opensCard(score, certainty)) {
            return;
        }
        ReviewSettings mine = settingsOf(learnerId);
        Fsrs fsrs = new Fsrs(properties.settings(mine.desiredRetention()));
        PyRandom random = new PyRandom(31 * (31 * learnerId + questionId.hashCode()) + now.toEpochMilli());
        int grade = ReviewGrade.grade(score, certainty);
        ReviewCard card = existing.orElseGet(() -> new ReviewCard(learnerId, questionId, Fsrs.Card.fresh(now)));
        card.update(fsrs.review(card.card(), grade, now, mine.zone(), random));
        cards.save(card);
    }

    /** What is due today in the learner's time zone, including anything overdue, soonest first. */
    List<String> dueQuestionIds(long learnerId, Instant now) {
        Instant endOfToday = ReviewDays.endOfDay(now, settingsOf(learnerId).zone());
        return cards.findByLearnerIdAndDueBeforeOrderByDue(learnerId, endOfToday).stream()
                .map(ReviewCard::questionId).toList();
    }

    ReviewSettings settingsOf(long learnerId) {
        return settings.findById(learnerId).orElseGet(() -> new ReviewSettings(learnerId));
    }
}
