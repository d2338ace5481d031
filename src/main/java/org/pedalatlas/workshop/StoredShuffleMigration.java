package org.pedalatlas.workshop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.bank.Shuffle;
import org.springframework.stereotype.Component;

/**
 * Flyway V4: workshops store the order they show, and answers in the question's own order.
 * <p>
 * Until V3 a workshop showed every question in one order computed from {@code new Random(questionId.hashCode())}
 * and stored answers in that shown order, so results depended on that computation staying the same forever. This
 * migration stores that order with each session question (it is what the room saw) and rewrites every stored
 * answer into the question's own order, as quiz attempts store them. It needs the question bank to know each
 * question's size, which is why it is Java and a Spring bean. A question no longer in the bank keeps its answers as
 * they were, with no stored order (they are shown as stored).
 */
@Component
class StoredShuffleMigration implements JavaMigration {

    private final QuestionBank bank;

    StoredShuffleMigration(QuestionBank bank) {
        this.bank = bank;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "workshop stores its shuffle, answers in question order";
    }

    @Override
    public Integer getChecksum() {
        return 4;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE workshop_question ADD COLUMN shuffle VARCHAR(400) DEFAULT '' NOT NULL");
        }
        Map<String, Shuffle> shown = storeShownOrders(db);
        rewriteAnswers(db, shown);
    }

    /** The order V3 showed, per "session/position", stored with each session question. */
    private Map<String, Shuffle> storeShownOrders(Connection db) throws Exception {
        Map<String, Shuffle> shown = new HashMap<>();
        Map<String, String> questionIds = new LinkedHashMap<>();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT session_id, position, question_id FROM workshop_question")) {
            while (rows.next()) {
                questionIds.put(rows.getLong(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE workshop_question SET shuffle = ? WHERE session_id = ? AND position = ?")) {
            for (var e : questionIds.entrySet()) {
                if (!bank.exists(e.getValue())) {
                    continue;
                }
                Shuffle order = legacyOrder(e.getValue());
                shown.put(e.getKey(), order);
                String[] key = e.getKey().split("/");
                update.setString(1, order.encode());
                update.setLong(2, Long.parseLong(key[0]));
                update.setInt(3, Integer.parseInt(key[1]));
                update.addBatch();
            }
            update.executeBatch();
        }
        return shown;
    }

    private static void rewriteAnswers(Connection db, Map<String, Shuffle> shown) throws Exception {
        Map<String, String> rewritten = new LinkedHashMap<>();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT participant_id, session_id, position, response FROM workshop_answer")) {
            while (rows.next()) {
                Shuffle order = shown.get(rows.getLong(2) + "/" + rows.getInt(3));
                if (order != null) {
                    rewritten.put(rows.getLong(1) + "/" + rows.getInt(3),
                            ResponseCodec.encode(toQuestionOrder(order, ResponseCodec.decode(rows.getString(4)))));
                }
            }
        }
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE workshop_answer SET response = ? WHERE participant_id = ? AND position = ?")) {
            for (var e : rewritten.entrySet()) {
                String[] key = e.getKey().split("/");
                update.setString(1, e.getValue());
                update.setLong(2, Long.parseLong(key[0]));
                update.setInt(3, Integer.parseInt(key[1]));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * The one order V3 showed a question in. It relies on {@link Shuffle#random} drawing from the seeded random as
     * it did then; {@code ShuffleTest} pins that, so the order this migration recovers cannot drift.
     */
    Shuffle legacyOrder(String questionId) {
        return bank.newShuffle(questionId, new Random(questionId.hashCode()));
    }

    /** Maps indexes as shown (V3's stored answers) to the question's own. */
    static Response toQuestionOrder(Shuffle order, Response shown) {
        return switch (shown) {
            case Response.Choice c -> new Response.Choice(c.options().stream()
                    .filter(i -> i >= 0 && i < order.order().size()).map(order::original).collect(Collectors.toSet()));
            case Response.Ordering o -> new Response.Ordering(o.items().stream()
                    .filter(i -> i >= 0 && i < order.order().size()).map(order::original).toList());
            case Response.Matching m -> {
                Map<Integer, Integer> mapped = new LinkedHashMap<>();
                m.rights().forEach((left, right) -> {
                    if (right != null && right >= 0 && right < order.order().size()) {
                        mapped.put(left, order.original(right));
                    }
                });
                yield new Response.Matching(mapped);
            }
            case Response.TrueFalse t -> t;
            case Response.Numeric n -> n;
            case Response.Hotspot h -> h;
        };
    }
}
