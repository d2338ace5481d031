package org.pedalatlas.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open sessions in memory, each rebuilt from the database on first use (after a restart too), and the mirror
 * of their phase written back. An ended session leaves the cache: it is read from the database when needed.
 * Memory follows the database, never leads it: what a transaction changes in a session, and what is announced of
 * it, happens once the transaction has committed ({@link #afterCommit}), so nobody is shown a join, an answer or a
 * phase that a crash a moment later would take back.
 */
@Component
class LiveSessions {

    private final SessionRepository sessions;
    private final QuestionRowRepository questions;
    private final ParticipantRepository participants;
    private final AnswerRowRepository answers;
    private final Map<Long, LiveSession> open = new ConcurrentHashMap<>();
    /** Which open session each of their participants is in: a phone's render or answer reads no row. */
    private final Map<Long, LiveSession> byParticipant = new ConcurrentHashMap<>();
    /**
     * Sessions that ended a moment ago, kept until every phone has drawn the end: without them each of a hall's
     * phones rebuilt the whole session from the database to show its final standing (seconds at 500 phones).
     */
    private final Map<LiveSession, Instant> recentlyEnded = new ConcurrentHashMap<>();

    LiveSessions(SessionRepository sessions, QuestionRowRepository questions, ParticipantRepository participants,
                 AnswerRowRepository answers) {
        this.sessions = sessions;
        this.questions = questions;
        this.participants = participants;
        this.answers = answers;
    }

    /**
     * The session, from memory while it is open or has just ended ({@link #ENDED_KEPT}); an older ended one is
     * loaded for this use only.
     */
    LiveSession get(long sessionId) {
        LiveSession cached = open.get(sessionId);
        if (cached != null) {
            return cached;
        }
        // The presenter's screen redraws the ended session too: from memory, as its phones do, not row by row.
        for (LiveSession ended : recentlyEnded.keySet()) {
            if (ended.id == sessionId) {
                return ended;
            }
        }
        LiveSession loaded = load(sessionId);
        if (loaded.ended()) {
            return loaded;
        }
        LiveSession kept = open.computeIfAbsent(sessionId, id -> loaded);
        if (kept == loaded) {
            loaded.participantIds().forEach(p -> byParticipant.put(p, loaded));
        }
        return kept;
    }

    /** The session a participant joined, from memory while it is open. */
    LiveSession ofParticipant(long participantId) {
        LiveSession s = byParticipant.get(participantId);
        if (s != null) {
            return s;
        }
        return get(participants.findById(participantId).map(p -> p.sessionId)
                .orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NOT_JOINED)));
    }

    /** A participant's row is stored: their phone finds the session in memory from now on. */
    void joined(LiveSession s, long participantId) {
        if (open.get(s.id) == s) {
            byParticipant.put(participantId, s);
        }
    }

    /** The sessions in memory now, for the tick. */
    Collection<LiveSession> inMemory() {
        return open.values();
    }

    SessionRow row(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NO_SUCH_SESSION));
    }

    /** Stores the session's phase and clock; an ended session gets its end time and leaves memory. */
    void store(LiveSession s, Instant now) {
        SessionRow row = row(s.id);
        s.writeTo(row);
        if (s.ended() && row.endedAt == null) {
            row.endedAt = now;
            s.endedAt = now;
        }
        sessions.save(row);
    }

    /**
     * Runs {@code action} once the current transaction has committed, in the committing thread before the
     * transactional call returns to its caller; at once when no transaction is active. A rolled-back transaction
     * runs nothing.
     */
    static void afterCommit(Runnable action) {
        afterCommit(action, () -> { });
    }

    /** As {@link #afterCommit(Runnable)}, and {@code rolledBack} runs instead when the transaction does not commit. */
    static void afterCommit(Runnable action, Runnable rolledBack) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                (status == STATUS_COMMITTED ? action : rolledBack).run();
            }
        });
    }

    /**
     * Takes an ended session out of the open ones once its end has been announced; its phones still find it
     * ({@link #ofParticipant}) until {@link #forgetEnded} runs after {@link #ENDED_KEPT}.
     */
    void evictIfEnded(LiveSession s, Instant now) {
        if (s.ended() && open.remove(s.id, s)) {
            recentlyEnded.put(s, now);
        }
    }

    /** How long the phones of an ended session find it in memory. */
    static final Duration ENDED_KEPT = Duration.ofMinutes(2);

    /** Forgets the sessions that ended more than {@link #ENDED_KEPT} ago. */
    void forgetEnded(Instant now) {
        recentlyEnded.entrySet().removeIf(e -> {
            boolean old = e.getValue().plus(ENDED_KEPT).isBefore(now);
            if (old) {
                e.getKey().participantIds().forEach(p -> byParticipant.remove(p, e.getKey()));
            }
            return old;
        });
    }

    private LiveSession load(long sessionId) {
        LiveSession s = LiveSession.of(row(sessionId), questions.findBySessionIdOrderByPosition(sessionId));
        participants.findBySessionIdOrderByJoinedAt(sessionId)
                .forEach(p -> s.join(new LiveSession.Participant(p.id, p.nickname, p.removed, p.tokenHash)));
        for (AnswerRow a : answers.findBySessionId(sessionId)) {
            s.count(a.participantId, a.position,
                    new LiveSession.Given(ResponseCodec.decode(a.response), a.fraction, a.points));
        }
        s.answersChanged = false;
        return s;
    }
}
