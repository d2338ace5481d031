package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pedalatlas.Application;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.content.ContentLoader;
import org.pedalatlas.content.Question;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database made with the V3 schema, holding a session whose answers were stored in the order phones were shown
 * (V3's seeded shuffle), reads back the same answers after V4: in the CSV, in the results and on the presenter.
 */
class StoredShuffleMigrationTest {

    @TempDir
    Path data;

    private final List<Question> bank = new ContentLoader().load(Path.of("content"), Optional.empty()).questions();

    @Test
    void old_workshop_answers_read_back_the_same_after_the_migration() {
        Question single = first(Question.Type.SINGLE, q -> ((Question.SingleChoice) q.key()).options().size() >= 3);
        Question ordering = first(Question.Type.ORDERING, q -> true);
        Question matching = first(Question.Type.MATCHING, q -> ((Question.Matching) q.key()).distinctRights().size() >= 3);
        List<String> singleShown = legacyShown(single);
        List<String> orderingShown = legacyShown(ordering);
        List<String> matchingShown = legacyShown(matching);

        String url = "jdbc:h2:file:" + data.resolve("atlas");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("3").load().migrate();
        JdbcClient db = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""));
        db.sql("insert into learner (id, username, password_hash, role, created_at) values "
                + "(1, 'instructor', '{noop}x', 'INSTRUCTOR', current_timestamp)").update();
        db.sql("insert into workshop_session (id, code, title, instructor_id, scoring, phase, current_index, created_at) "
                + "values (7, '123456', 'Before V4', 1, 'CORRECTNESS', 'REVEAL', 0, current_timestamp)").update();
        List<String> ids = List.of(single.id(), ordering.id(), matching.id());
        for (int i = 0; i < ids.size(); i++) {
            db.sql("insert into workshop_question (session_id, position, question_id) values (7, ?, ?)")
                    .params(i, ids.get(i)).update();
        }
        db.sql("insert into participant (id, session_id, nickname, nickname_key, token_hash, joined_at, removed) "
                + "values (11, 7, 'Ana', 'ana', 'h1', current_timestamp, false)").update();
        // As V3 stored them: indexes into what the phone showed.
        answer(db, 0, "choice:2", 0);
        answer(db, 1, "order:2,0,1", 0);
        answer(db, 2, "match:0=1;1=0", 0);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--atlas.data-dir=" + data, "--logging.level.root=warn")) {
            String csv = app.getBean(ResultsService.class).csv(7, 1);
            assertThat(csv).contains("\"" + singleShown.get(2) + "\"");
            assertThat(csv).contains("\"" + String.join(" → ", List.of(orderingShown.get(2), orderingShown.get(0),
                    orderingShown.get(1))));
            List<Question.Pair> pairs = ((Question.Matching) matching.key()).pairs();
            assertThat(csv).contains(pairs.get(0).left() + " → " + matchingShown.get(1))
                    .contains(pairs.get(1).left() + " → " + matchingShown.get(0));

            QuestionView shown = app.getBean(WorkshopService.class).presenter(7, 1).question();
            assertThat(((Prompt.OneOf) shown.prompt()).choices()).extracting(Prompt.Choice::text)
                    .as("the room keeps seeing the order it saw").containsExactlyElementsOf(singleShown);
            var bars = app.getBean(ResultsService.class).results(7, 1).questions().getFirst().bars();
            assertThat(bars.get(2).count()).as("the answer is counted on the option the phone showed").isEqualTo(1);
        }
    }

    private static void answer(JdbcClient db, int position, String response, double fraction) {
        db.sql("insert into workshop_answer (participant_id, session_id, position, response, fraction, points, "
                + "latency_ms, answered_at) values (11, 7, ?, ?, ?, 0, 1000, current_timestamp)")
                .params(position, response, fraction).update();
    }

    private Question first(Question.Type type, java.util.function.Predicate<Question> also) {
        return bank.stream().filter(q -> q.type() == type).filter(also).findFirst().orElseThrow();
    }

    /** V3's shown order, recomputed here the way V3 did it, independently of the code under test. */
    private static List<String> legacyShown(Question q) {
        List<String> texts = switch (q.key()) {
            case Question.SingleChoice k -> k.options().stream().map(Question.Option::text).toList();
            case Question.Ordering k -> k.items();
            case Question.Matching k -> k.distinctRights();
            default -> throw new IllegalArgumentException(q.id());
        };
        Random random = new Random(q.id().hashCode());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        List<Integer> identity = List.copyOf(order);
        do {
            Collections.shuffle(order, random);
        } while (texts.size() > 2 && order.equals(identity));
        return order.stream().map(texts::get).collect(Collectors.toList());
    }
}
