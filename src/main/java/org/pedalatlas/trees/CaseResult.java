package org.pedalatlas.trees;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed-in learner's best score on one case scenario; the better of two plays is the one with more of its maximum. */
@Entity
@Table(name = "case_result")
class CaseResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "case_id", nullable = false, length = 80)
    private String caseId;

    @Column(nullable = false)
    private int points;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(nullable = false)
    private int plays;

    @Column(name = "last_played_at", nullable = false)
    private Instant lastPlayedAt;

    protected CaseResult() {
    }

    CaseResult(long learnerId, String caseId) {
        this.learnerId = learnerId;
        this.caseId = caseId;
    }

    void played(int points, int maxPoints, Instant at) {
        if (plays == 0 || (long) points * this.maxPoints > (long) this.points * maxPoints) {
            this.points = points;
            this.maxPoints = maxPoints;
        }
        plays++;
        lastPlayedAt = at;
    }

    CaseResultService.Best best() {
        return new CaseResultService.Best(caseId, points, maxPoints, plays, lastPlayedAt);
    }
}
