package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database made with the FSRS-4.5 schema and two cards in it keeps both cards working after V5. */
class ReviewMigrationTest {

    private final DriverManagerDataSource db = new DriverManagerDataSource(
            "jdbc:h2:mem:review-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(db);

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    @Test
    void cards_scheduled_by_fsrs_4_5_keep_stability_difficulty_and_due_date() {
        flyway("3").migrate();
        jdbc.sql("insert into learner (id, role, created_at) values (1, 'LEARNER', current_timestamp)").update();
        Instant reviewed = Instant.parse("2026-11-20T10:00:00Z");
        Instant due = Instant.parse("2026-12-02T10:00:00Z");
        insertCard("remembered", 12.39, 4.93, 3, 0, reviewed, due);
        insertCard("failed", 1.83, 7.2, 4, 1, reviewed, reviewed);

        flyway(null).migrate();

        Map<String, Object> remembered = card("remembered");
        assertThat(remembered).containsEntry("STATE", "REVIEW").containsEntry("STEP", null)
                .containsEntry("STABILITY", 12.39).containsEntry("DIFFICULTY", 4.93).containsEntry("REPS", 3);
        assertThat(((java.time.OffsetDateTime) remembered.get("DUE")).toInstant()).isEqualTo(due);
        Map<String, Object> failed = card("failed");
        assertThat(failed).containsEntry("STATE", "RELEARNING").containsEntry("STEP", 0)
                .containsEntry("STABILITY", 1.83).containsEntry("LAPSES", 1);
        assertThat(((java.time.OffsetDateTime) failed.get("DUE")).toInstant()).isEqualTo(reviewed);

        Fsrs.Card carried = new Fsrs.Card(Fsrs.State.REVIEW, null, 12.39, 4.93, due, reviewed, 3, 0);
        Fsrs.Card next = new Fsrs(Fsrs.Settings.defaults()).review(carried, Fsrs.GOOD, due, ZoneOffset.UTC,
                new PyRandom(1));
        assertThat(next.stability()).as("the carried-over memory grows on a timely recall").isGreaterThan(12.39);
        assertThat(jdbc.sql("select count(*) from review_settings").query(Long.class).single()).isZero();
    }

    private void insertCard(String question, double s, double d, int reps, int lapses, Instant last, Instant due) {
        jdbc.sql("insert into review_card (learner_id, question_id, stability, difficulty, reps, lapses, last_review, due)"
                        + " values (1, ?, ?, ?, ?, ?, ?, ?)")
                .params(question, s, d, reps, lapses, last.atOffset(ZoneOffset.UTC), due.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Map<String, Object> card(String question) {
        return jdbc.sql("select * from review_card where question_id = ?").param(question).query().singleRow();
    }
}
