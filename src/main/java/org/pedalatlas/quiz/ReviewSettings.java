package org.pedalatlas.quiz;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's review choices: the retention they aim for and the time zone their days are counted in. */
@Entity
@Table(name = "review_settings")
class ReviewSettings {

    static final double DEFAULT_RETENTION = 0.9;
    static final double MIN_RETENTION = 0.80;
    static final double MAX_RETENTION = 0.97;

    @Id
    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "desired_retention", nullable = false)
    private double desiredRetention;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    protected ReviewSettings() {
    }

    ReviewSettings(long learnerId) {
        this.learnerId = learnerId;
        this.desiredRetention = DEFAULT_RETENTION;
        this.timeZone = "UTC";
    }

    double desiredRetention() {
        return desiredRetention;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    void retention(double retention) {
        if (!(retention >= MIN_RETENTION - 1e-9 && retention <= MAX_RETENTION + 1e-9)) {
            throw new QuizRecords.Refused(Refusal.Reason.RETENTION_OUT_OF_RANGE);
        }
        this.desiredRetention = Math.round(retention * 100) / 100.0;
    }

    void zone(ZoneId zone) {
        this.timeZone = zone.getId();
    }
}
