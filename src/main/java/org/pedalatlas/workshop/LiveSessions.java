package org.pedalatlas.workshop;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.springframework.stereotype.Component;

/**
 * The open sessions in memory, each rebuilt from the database on first use (after a restart too), and the mirror
 * of their phase written back. An ended session leaves the cache: it is read from the database when needed.
 */
@Component
class LiveSessions {

    private final SessionRepository sessions;
    private final QuestionRowRepository questions;
    private final ParticipantRepository participants;
    private final AnswerRowRepository answers;
    private final Map<Long, LiveSession> open = new ConcurrentHashMap<>();

    LiveSessions(SessionRepository sessions, QuestionRowRepository questions, ParticipantRepository participants,
                 AnswerRowRepository answers) {
        this.sessions = sessions;
        this.questions = questions;
        this.participants = participants;
        this.answers = answers;
    }

    /** The session, from memory while it is open; an ended one is loaded for this use only. */
    LiveSession get(long sessionId) {
        LiveSession cached = open.get(sessionId);
        if (cached != null) {
            return cached;
        }
        LiveSession loaded = load(sessionId);
        return loaded.ended() ? loaded : open.computeIfAbsent(sessionId, id -> loaded);
    }

    /** The sessions in memory now, for the tick. */
    Collection<LiveSession> inMemory() {
        return open.values();
    }

    SessionRow row(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NO_SUCH_SESSION));
    }

    /** Stores the session's phase and clock; an ended session gets its end time and leaves memory. */
    void store(LiveSession s, java.time.Instant now) {
        SessionRow row = row(s.id);
        s.writeTo(row);
        if (s.ended() && row.endedAt == null) {
            row.endedAt = now;
        }
        sessions.save(row);
    }

    /** Forgets an ended session once its last change has been announced. */
    void evictIfEnded(LiveSession s) {
        if (s.ended()) {
            open.remove(s.id, s);
        }
    }

    private LiveSession load(long sessionId) {
        LiveSession s = LiveSession.of(row(sessionId), questions.findBySessionIdOrderByPosition(sessionId));
        participants.findBySessionIdOrderByJoinedAt(sessionId)
                .forEach(p -> s.join(new LiveSession.Participant(p.id, p.nickname, p.removed)));
        for (AnswerRow a : answers.findBySessionId(sessionId)) {
            s.count(a.participantId, a.position,
                    new LiveSession.Given(ResponseCodec.decode(a.response), a.fraction, a.points));
        }
        s.answersChanged = false;
        return s;
    }
}
