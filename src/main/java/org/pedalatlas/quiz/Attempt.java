package org.pedalatlas.quiz;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Mode mode;

    @Column(nullable = false)
    private boolean cbm;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Attempt() {
    }

    Attempt(long learnerId, Mode mode, boolean cbm, Integer timeLimitMinutes, String contentVersion, Instant startedAt) {
        this.learnerId = learnerId;
        this.mode = mode;
        this.cbm = cbm;
        this.timeLimitMinutes = timeLimitMinutes;
        this.contentVersion = contentVersion;
        this.startedAt = startedAt;
    }

    Long id() { return id; }
    long learnerId() { return learnerId; }
    Mode mode() { return mode; }
    boolean cbm() { return cbm; }
    Integer timeLimitMinutes() { return timeLimitMinutes; }
    Instant startedAt() { return startedAt; }
    Instant finishedAt() { return finishedAt; }

    void finish(Instant at) {
        if (finishedAt == null) {
            finishedAt = at;
        }
    }

    /** The moment after which no answer counts, for timed exams. */
    Instant deadline() {
        return timeLimitMinutes == null ? null : startedAt.plusSeconds(timeLimitMinutes * 60L);
    }
}
