package org.pedalatlas.workshop;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a workshop's answers are written: one writer commits every answer waiting at that moment in one
 * transaction (a group commit), and each phone's {@link #append} returns once its answer's transaction committed.
 * A hall answering at once then costs the database a few commits a second instead of one per phone, and no answering
 * request holds a pooled connection while it waits; what a phone is told was received is on disk all the same
 * (the embedded H2 writes a commit to its file before the commit returns, see {@code spring.datasource.url}).
 */
@Component
class AnswerLog {

    /** At most this many answers in one transaction; the rest wait for the next. */
    static final int MAX_BATCH = 500;

    private static final String INSERT = """
            INSERT INTO workshop_answer (participant_id, position, session_id, response, fraction, points, latency_ms,
                                         answered_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Pending(AnswerRow row, CompletableFuture<Void> stored) {
    }

    private final JdbcTemplate jdbc;
    private final NodeEvents nodes;
    private final TransactionTemplate transaction;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;

    AnswerLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, NodeEvents nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.transaction = new TransactionTemplate(transactions);
        this.writer = Thread.ofPlatform().name("workshop-answer-log").daemon().unstarted(this::write);
        writer.start();
    }

    /**
     * Stores an answer and returns once it is committed. A second answer of the same participant to the same
     * question is refused by the database's key and reported as a {@link DataIntegrityViolationException}; the
     * others written with it are stored all the same.
     */
    void append(AnswerRow row) {
        if (closing) {
            throw new IllegalStateException("The answer log is closed: the application is stopping");
        }
        Pending pending = new Pending(row, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.stored().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the answer was being stored", e);
        }
    }

    /** Writes what is queued, then stops the writer; appends after this are refused. */
    @PreDestroy
    void close() throws InterruptedException {
        closing = true;
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // Nothing may end the writer: every waiting phone would hang. Each one still waiting hears of it.
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<Pending> batch) {
        try {
            transaction.executeWithoutResult(status -> insert(batch));
            batch.forEach(p -> p.stored().complete(null));
        } catch (DataIntegrityViolationException oneOfThem) {
            // A key refused one of them: store each alone, so only that one is refused.
            for (Pending p : batch) {
                try {
                    transaction.executeWithoutResult(status -> insert(List.of(p)));
                    p.stored().complete(null);
                } catch (RuntimeException e) {
                    p.stored().completeExceptionally(e);
                }
            }
        }
    }

    /**
     * One JDBC batch: one round trip to a database server for the whole group; the other app nodes hear of the
     * answers in the same transaction, so only if they are stored.
     */
    private void insert(List<Pending> batch) {
        nodes.answered(batch.stream().map(Pending::row).toList());
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, pending) -> {
            AnswerRow a = pending.row();
            statement.setLong(1, a.participantId);
            statement.setInt(2, a.position);
            statement.setLong(3, a.sessionId);
            statement.setString(4, a.response);
            statement.setDouble(5, a.fraction);
            statement.setInt(6, a.points);
            statement.setLong(7, a.latencyMs);
            statement.setObject(8, a.answeredAt.atOffset(ZoneOffset.UTC));
        });
    }
}
