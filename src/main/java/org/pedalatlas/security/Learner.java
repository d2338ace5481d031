package org.pedalatlas.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "learner")
class Learner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true, length = 40)
    private String username;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The interface language's tag (en, it, es); null until the learner chooses one. */
    @Column(length = 16)
    private String language;

    protected Learner() {
    }

    Learner(String role, Instant createdAt) {
        this.role = role;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String role() {
        return role;
    }

    void register(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    String language() {
        return language;
    }

    void language(String tag) {
        this.language = tag;
    }

    LearnerRef ref() {
        return new LearnerRef(id, username, role);
    }
}
