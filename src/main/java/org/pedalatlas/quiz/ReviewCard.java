package org.pedalatlas.quiz;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "review_card")
@IdClass(ReviewCard.Key.class)
class ReviewCard {

    record Key(Long learnerId, String questionId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Id
    @Column(name = "question_id", length = 80)
    private String questionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Fsrs.State state;

    private Integer step;
    private double stability;
    private double difficulty;
    private int reps;
    private int lapses;

    @Column(name = "last_review")
    private Instant lastReview;

    @Column(nullable = false)
    private Instant due;

    protected ReviewCard() {
    }

    ReviewCard(long learnerId, String questionId, Fsrs.Card card) {
        this.learnerId = learnerId;
        this.questionId = questionId;
        update(card);
    }

    Fsrs.Card card() {
        return new Fsrs.Card(state, step, stability, difficulty, due, lastReview, reps, lapses);
    }

    void update(Fsrs.Card card) {
        state = card.state();
        step = card.step();
        stability = card.stability();
        difficulty = card.difficulty();
        reps = card.reps();
        lapses = card.lapses();
        lastReview = card.lastReview();
        due = card.due();
    }

    String questionId() { return questionId; }
    Instant due() { return due; }
}
