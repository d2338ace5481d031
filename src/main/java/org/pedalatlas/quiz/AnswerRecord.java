package org.pedalatlas.quiz;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "answer")
class AnswerRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false)
    private int position;

    @Column(name = "try_no", nullable = false)
    private int tryNo;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(nullable = false, length = 2000)
    private String response;

    @Column(nullable = false)
    private double fraction;

    @Column(length = 6)
    private String certainty;

    private Double marks;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AnswerRecord() {
    }

    AnswerRecord(long attemptId, int position, int tryNo, String questionId, String response, double fraction,
                 Certainty certainty, Double marks, Instant answeredAt) {
        this.attemptId = attemptId;
        this.position = position;
        this.tryNo = tryNo;
        this.questionId = questionId;
        this.response = response;
        this.fraction = fraction;
        this.certainty = certainty == null ? null : certainty.name();
        this.marks = marks;
        this.answeredAt = answeredAt;
    }

    long attemptId() { return attemptId; }
    int position() { return position; }
    int tryNo() { return tryNo; }
    String questionId() { return questionId; }
    String response() { return response; }
    double fraction() { return fraction; }
    Certainty certainty() { return certainty == null ? null : Certainty.valueOf(certainty); }
    Double marks() { return marks; }
    Instant answeredAt() { return answeredAt; }
}
