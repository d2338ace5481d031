package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedalatlas.Application;
import org.pedalatlas.bank.Response;
import org.pedalatlas.quiz.QuizRecords.StartOptions;
import org.pedalatlas.security.LearnerRef;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attempts, answers and review cards live in the H2 file and survive a restart of the whole application. */
class QuizPersistenceTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--atlas.data-dir=" + data,
                "--atlas.content.dir=src/test/resources/fixtures/content-valid",
                "--logging.level.root=warn");
    }

    @Test
    void answers_and_review_cards_survive_a_restart() {
        long learnerId;
        long attemptId;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("insert into learner (role, created_at) values ('LEARNER', current_timestamp)").update();
            learnerId = jdbc.sql("select max(id) from learner").query(Long.class).single();
            LearnerRef learner = new LearnerRef(learnerId, null, "LEARNER");
            QuizService quiz = first.getBean(QuizService.class);
            attemptId = quiz.start(learner, new StartOptions(Mode.EXAM, Set.of(), Set.of(), 3, false, null,
                    List.of("ntg-dose", "calcified-refuse"))).id();
            long running = attemptId;
            assertThatThrownBy(() -> quiz.submit(running, 0, new Response.Numeric("-5"), null, learner))
                    .as("a negative dose is explained and costs no try")
                    .isInstanceOf(QuizRecords.Refused.class).hasMessageContaining("from 0 to 1000");
            quiz.submit(attemptId, 0, new Response.Numeric("250 µg"), null, learner);
            quiz.submit(attemptId, 0, new Response.Numeric("200 µg"), null, learner);
            quiz.submit(attemptId, 1, new Response.TrueFalse(true), null, learner);
            assertThatThrownBy(() -> quiz.review(running, learner)).as("results of a running exam stay closed")
                    .isInstanceOf(QuizRecords.Refused.class).extracting(e -> ((QuizRecords.Refused) e).refusal())
                    .isEqualTo(Refusal.Reason.EXAM_RUNNING);
            assertThat(quiz.state(attemptId, learner).finished()).as("reading them did not finish it").isFalse();
            quiz.finish(attemptId, learner);
        }
        try (ConfigurableApplicationContext second = start()) {
            LearnerRef learner = new LearnerRef(learnerId, null, "LEARNER");
            QuizService quiz = second.getBean(QuizService.class);
            var history = quiz.history(learner);
            assertThat(history).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(attemptId);
                assertThat(a.answered()).isEqualTo(2);
                assertThat(a.percent()).isEqualTo(50.0);
            });
            assertThat(quiz.review(attemptId, learner).items().getFirst().feedback().yourAnswer())
                    .as("a replayed submission counted once: the first answer stands").isEqualTo("250 µg");
            assertThat(quiz.reviewsDue(learner)).isEqualTo(1);
        }
    }
}
