package org.pedalatlas.workshop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "participant")
class ParticipantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "session_id", nullable = false)
    long sessionId;

    @Column(nullable = false, length = 80)
    String nickname;

    @Column(name = "nickname_key", nullable = false, length = 240)
    String nicknameKey;

    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    @Column(nullable = false)
    boolean removed;

    protected ParticipantRow() {
    }

    ParticipantRow(long sessionId, String nickname, String nicknameKey, String tokenHash, Instant joinedAt) {
        this.sessionId = sessionId;
        this.nickname = nickname;
        this.nicknameKey = nicknameKey;
        this.tokenHash = tokenHash;
        this.joinedAt = joinedAt;
    }
}
