package org.pedalatlas.workshop;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "workshop_answer")
@IdClass(AnswerRow.Key.class)
class AnswerRow {

    record Key(Long participantId, Integer position) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "participant_id")
    Long participantId;

    @Id
    Integer position;

    @Column(name = "session_id", nullable = false)
    long sessionId;

    @Column(nullable = false, length = 2000)
    String response;

    @Column(nullable = false)
    double fraction;

    @Column(nullable = false)
    int points;

    @Column(name = "latency_ms", nullable = false)
    long latencyMs;

    @Column(name = "answered_at", nullable = false)
    Instant answeredAt;

    protected AnswerRow() {
    }

    AnswerRow(long participantId, int position, long sessionId, String response, double fraction, int points,
              long latencyMs, Instant answeredAt) {
        this.participantId = participantId;
        this.position = position;
        this.sessionId = sessionId;
        this.response = response;
        this.fraction = fraction;
        this.points = points;
        this.latencyMs = latencyMs;
        this.answeredAt = answeredAt;
    }
}
