package org.pedalatlas.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
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
    /**
     * Held while a session is read into memory and while another node's event is applied to one: an event is either
     * applied before the read (and ignored, the read then finds its row) or after it (and counted once, as
     * {@link LiveSession#count} skips an answer it has), never lost in between.
     */
    private final Object loading = new Object();

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
        synchronized (loading) {
            LiveSession meanwhile = open.get(sessionId);
            if (meanwhile != null) {
                return meanwhile;
            }
            LiveSession loaded = load(sessionId);
            if (loaded.ended()) {
                return loaded;
            }
            open.put(sessionId, loaded);
            loaded.participantIds().forEach(p -> byParticipant.put(p, loaded));
            return loaded;
        }
    }

    /**
     * The session a participant joined, from memory while it is open. A participant who joined through another app
     * node a moment ago, before this node heard of it, is taken from their row.
     */
    LiveSession ofParticipant(long participantId) {
        LiveSession s = byParticipant.get(participantId);
        if (s != null) {
            return s;
        }
        ParticipantRow row = participants.findById(participantId)
                .orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NOT_JOINED));
        LiveSession session = get(row.sessionId);
        if (!session.knows(participantId)) {
            session.join(participant(row));
            joined(session, participantId);
        }
        return session;
    }

    /**
     * Applies another app node's event ({@link NodeEvents}) to the session in memory, if this node has it there;
     * returns the session when its phones must re-render now (a phase or a removal), else null. Joins and answers
     * are announced by the tick, as this node's own are.
     */
    LiveSession apply(NodeEvents.Event e) {
        synchronized (loading) {
            LiveSession s = open.get(e.sessionId());
            if (s == null) {
                return null; // not here, or ended: read from the database when someone needs it
            }
            return switch (e.kind()) {
                case PHASE -> s.adopt(row(s.id)) ? s : null;
                case DOOR -> {
                    s.adopt(row(s.id));
                    yield null;
                }
                case JOINED -> {
                    participants.findById(e.participantId()).ifPresent(p -> {
                        s.join(participant(p));
                        joined(s, p.id);
                        s.participantsChanged = true;
                    });
                    yield null;
                }
                case REMOVED -> {
                    s.remove(e.participantId());
                    yield s;
                }
                case ANSWERED -> {
                    String response = !e.response().isEmpty() ? e.response() : answers.findById(
                            new AnswerRow.Key(e.participantId(), e.position())).map(a -> a.response).orElse(null);
                    if (response != null) {
                        s.count(e.participantId(), e.position(), new LiveSession.Given(
                                ResponseCodec.decode(response), e.fraction(), e.points()));
                    }
                    yield null;
                }
            };
        }
    }

    /**
     * Re-reads every session in memory from the database, after this node could not hear the others for a while:
     * phase and door, participants (removals too) and answers, each counted once. Returns the sessions re-read.
     */
    List<LiveSession> resync() {
        synchronized (loading) {
            List<LiveSession> all = List.copyOf(open.values());
            for (LiveSession s : all) {
                s.adopt(row(s.id));
                fill(s);
                s.participantIds().forEach(p -> byParticipant.put(p, s));
                s.participantsChanged = true;
            }
            return all;
        }
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

    /**
     * Locks the session's row for the current transaction and brings the session in memory up to it, so a transition
     * starts from what the database holds even if another app node moved the session a moment ago. Returns the row
     * to {@link #store} the transition in, and whether memory had to follow it.
     */
    Locked lock(LiveSession s) {
        SessionRow row = sessions.lockById(s.id)
                .orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NO_SUCH_SESSION));
        return new Locked(row, s.adopt(row));
    }

    record Locked(SessionRow row, boolean followed) {
    }

    /** Stores the session's phase and clock in its locked row; an ended session gets its end time and leaves memory. */
    void store(LiveSession s, SessionRow row, Instant now) {
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
        fill(s);
        s.answersChanged = false;
        return s;
    }

    /** Adds the session's stored participants and counts its stored answers; what it has already stays counted once. */
    private void fill(LiveSession s) {
        participants.findBySessionIdOrderByJoinedAt(s.id).forEach(p -> s.join(participant(p)));
        for (AnswerRow a : answers.findBySessionId(s.id)) {
            s.count(a.participantId, a.position,
                    new LiveSession.Given(ResponseCodec.decode(a.response), a.fraction, a.points));
        }
    }

    private static LiveSession.Participant participant(ParticipantRow p) {
        return new LiveSession.Participant(p.id, p.nickname, p.removed, p.tokenHash);
    }
}
