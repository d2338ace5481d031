package org.pedalatlas.workshop;

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
@Table(name = "workshop_session")
class SessionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 6)
    String code;

    @Column(nullable = false, length = 120)
    String title;

    @Column(name = "instructor_id", nullable = false)
    long instructorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    Scoring scoring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    Phase phase;

    @Column(name = "current_index", nullable = false)
    int currentIndex;

    @Column(name = "question_opened_at")
    Instant questionOpenedAt;

    @Column(name = "question_closes_at")
    Instant questionClosesAt;

    @Column(name = "paused_remaining_ms")
    Long pausedRemainingMs;

    /** Whether new participants are refused; those who joined can always come back. */
    @Column(name = "join_locked", nullable = false)
    boolean joinLocked;

    /** The most participants (removed ones not counted); null for no cap. */
    @Column(name = "participant_cap")
    Integer participantCap;

    /** The language every phone shows while the presenter fixes one (a tag: en, it, es); null: each phone its own. */
    @Column(name = "fixed_language", length = 16)
    String fixedLanguage;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "ended_at")
    Instant endedAt;

    protected SessionRow() {
    }

    SessionRow(String code, String title, long instructorId, Scoring scoring, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.instructorId = instructorId;
        this.scoring = scoring;
        this.phase = Phase.LOBBY;
        this.currentIndex = -1;
        this.createdAt = createdAt;
    }
}
