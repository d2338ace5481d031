package org.pedalatlas.quiz;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "attempt_item")
@IdClass(AttemptItem.Key.class)
class AttemptItem {

    record Key(Long attemptId, Integer position) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    @Column(name = "position")
    private Integer position;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(nullable = false, length = 200)
    private String shuffle;

    protected AttemptItem() {
    }

    AttemptItem(long attemptId, int position, String questionId, String shuffle) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.shuffle = shuffle;
    }

    int position() { return position; }
    String questionId() { return questionId; }
    String shuffle() { return shuffle; }
}
