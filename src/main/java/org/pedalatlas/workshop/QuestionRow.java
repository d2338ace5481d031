package org.pedalatlas.workshop;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "workshop_question")
@IdClass(QuestionRow.Key.class)
class QuestionRow {

    record Key(Long sessionId, Integer position) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "session_id")
    Long sessionId;

    @Id
    Integer position;

    @Column(name = "question_id", nullable = false, length = 80)
    String questionId;

    @Column(name = "time_limit_seconds")
    Integer timeLimitSeconds;

    /** The order everyone in the session is shown ({@link org.pedalatlas.bank.Shuffle#encode()}). */
    @Column(nullable = false, length = 400)
    String shuffle;

    protected QuestionRow() {
    }

    QuestionRow(long sessionId, int position, String questionId, Integer timeLimitSeconds, String shuffle) {
        this.sessionId = sessionId;
        this.position = position;
        this.questionId = questionId;
        this.timeLimitSeconds = timeLimitSeconds;
        this.shuffle = shuffle;
    }
}
