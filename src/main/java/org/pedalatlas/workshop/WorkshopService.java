package org.pedalatlas.workshop;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.workshop.LiveSession.StageState;
import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.WorkshopRecords.Door;
import org.pedalatlas.workshop.WorkshopRecords.NewSession;
import org.pedalatlas.workshop.WorkshopRecords.Person;
import org.pedalatlas.workshop.WorkshopRecords.PresenterView;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.WorkshopRecords.SessionInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's side of live sessions: create one, list them, run it from the presenter screen. The rules of
 * each step are {@link LiveSession}'s; this service checks ownership, stores each change before announcing it and
 * builds what the presenter sees.
 */
@Service
public class WorkshopService {

    public static final int MAX_QUESTIONS = 60;

    private final QuestionBank bank;
    private final SessionRepository sessions;
    private final QuestionRowRepository questions;
    private final ParticipantRepository participants;
    private final LiveSessions live;
    private final LiveFeed feed;
    private final NodeEvents nodes;
    private final Clock clock;
    private final Random random = new SecureRandom();

    WorkshopService(QuestionBank bank, SessionRepository sessions, QuestionRowRepository questions,
                    ParticipantRepository participants, LiveSessions live, LiveFeed feed, NodeEvents nodes,
                    Optional<Clock> clock) {
        this.nodes = nodes;
        this.bank = bank;
        this.sessions = sessions;
        this.questions = questions;
        this.participants = participants;
        this.live = live;
        this.feed = feed;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Creates a session; each question gets the one shuffled order everyone in the room will see, stored. */
    @Transactional
    public SessionInfo create(long instructorId, NewSession request) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 120) {
            throw new Refused(WorkshopRefusal.Reason.BAD_TITLE);
        }
        List<String> ids = request.questionIds().stream().filter(bank::exists).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_QUESTIONS) {
            throw new Refused(new WorkshopRefusal.BadQuestionCount(MAX_QUESTIONS));
        }
        Integer limit = request.timeLimitSeconds();
        if (limit != null && (limit < 5 || limit > 600)) {
            throw new Refused(WorkshopRefusal.Reason.BAD_TIME_LIMIT);
        }
        if (request.scoring() == Scoring.SPEED && limit == null) {
            throw new Refused(WorkshopRefusal.Reason.SPEED_NEEDS_TIME_LIMIT);
        }
        String code;
        do {
            code = SessionRules.newCode();
        } while (sessions.findFirstByCodeAndEndedAtIsNull(code).isPresent());
        SessionRow row = sessions.save(new SessionRow(code, title, instructorId, request.scoring(), clock.instant()));
        for (int i = 0; i < ids.size(); i++) {
            questions.save(new QuestionRow(row.id, i, ids.get(i), limit, bank.newShuffle(ids.get(i), random).encode()));
        }
        return info(row, ids.size(), 0);
    }

    /** An instructor's sessions, newest first, read from their rows: no session is loaded into memory for this. */
    @Transactional(readOnly = true)
    public List<SessionInfo> sessionsOf(long instructorId) {
        return sessions.findByInstructorIdOrderByCreatedAtDesc(instructorId).stream()
                .map(r -> info(r, (int) questions.countBySessionId(r.id),
                        (int) participants.countBySessionIdAndRemovedFalse(r.id)))
                .toList();
    }

    /** The question ids of one of an instructor's sessions, in the order they are asked: for exporting its set. */
    @Transactional(readOnly = true)
    public List<String> questionIdsOf(long sessionId, long instructorId) {
        sessions.findById(sessionId).filter(r -> r.instructorId == instructorId)
                .orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NO_SUCH_SESSION));
        return questions.findBySessionIdOrderByPosition(sessionId).stream().map(q -> q.questionId).toList();
    }

    public PresenterView presenter(long sessionId, long instructorId) {
        // From memory only: a presenter's refresh once waited for a pooled connection behind a hall's answers.
        LiveSession s = owned(sessionId, instructorId);
        StageState stage = s.stage(clock.instant());
        QuestionView q = stage.question() == null ? null
                : bank.present(stage.question().questionId(), stage.question().shuffle(), stage.position(), s.questionCount());
        boolean revealed = q != null && (stage.phase() == Phase.REVEAL || stage.phase() == Phase.LEADERBOARD);
        Reveal reveal = revealed ? bank.reveal(q.questionId()) : null;
        Predicate<org.pedalatlas.bank.Response> right = r -> bank.score(q.questionId(), r).correct();
        List<Person> people = stage.people().stream().map(p -> new Person(p.id(), p.nickname())).toList();
        SessionInfo info = new SessionInfo(s.id, s.code, s.title, s.scoring, stage.phase(), s.questionCount(),
                stage.position(), s.createdAt, s.endedAt, people.size());
        return new PresenterView(info, people, q,
                stage.question() == null ? null : stage.question().limitSeconds(), stage.closesAt(),
                stage.pausedRemainingMs(), stage.open(), stage.answers().size(),
                q == null ? List.of() : Histogram.bars(q, stage.answers(), reveal, right), reveal, stage.standings());
    }

    /** Opens the next question (or the first); after the last one, ends the session. An open question stays. */
    @Transactional
    public void next(long sessionId, long instructorId) {
        command(sessionId, instructorId, LiveSession::next);
    }

    /** Closes answering and shows the answer, explanation and figure. */
    @Transactional
    public void reveal(long sessionId, long instructorId) {
        command(sessionId, instructorId, LiveSession::reveal);
    }

    @Transactional
    public void leaderboard(long sessionId, long instructorId) {
        command(sessionId, instructorId, (s, now) -> s.showLeaderboard());
    }

    /** Pauses a running question (its clock stops) or resumes it. */
    @Transactional
    public void togglePause(long sessionId, long instructorId) {
        command(sessionId, instructorId, LiveSession::togglePause);
    }

    @Transactional
    public void end(long sessionId, long instructorId) {
        command(sessionId, instructorId, (s, now) -> s.end());
    }

    /** Locks the session to new participants, or opens it again; those who joined can always come back. */
    @Transactional
    public void lockJoining(long sessionId, long instructorId, boolean locked) {
        doorCommand(sessionId, instructorId, (s, now) -> s.lock(locked));
    }

    /** Caps how many may take part (removed participants not counted); null for no cap. */
    @Transactional
    public void capParticipants(long sessionId, long instructorId, Integer cap) {
        doorCommand(sessionId, instructorId, (s, now) -> s.cap(cap));
    }

    /**
     * Fixes the language of every phone in the session (the hall shares one language, or the projector's words must
     * match the phones'), or with null lets each phone show the language it chose again. Announced like a phase
     * change, so every phone re-renders in the new language at once.
     */
    @Transactional
    public void fixLanguage(long sessionId, long instructorId, Locale language) {
        command(sessionId, instructorId, (s, now) -> s.fixLanguage(language == null ? null : language.toLanguageTag()));
    }

    /** The language the presenter fixed for every phone, if any. */
    public Optional<Locale> fixedLanguage(long sessionId, long instructorId) {
        return Optional.ofNullable(owned(sessionId, instructorId).fixedLanguage()).map(Locale::forLanguageTag);
    }

    /** Whether the session is locked, its cap and how many take part, for the instructor's door controls. */
    public Door door(long sessionId, long instructorId) {
        LiveSession.Door d = owned(sessionId, instructorId).door();
        return new Door(d.locked(), d.cap(), d.participants());
    }

    @Transactional
    public void remove(long sessionId, long instructorId, long participantId) {
        LiveSession s = owned(sessionId, instructorId);
        ParticipantRow row = participants.findById(participantId).filter(p -> p.sessionId == sessionId)
                .orElseThrow(() -> new Refused(WorkshopRefusal.Reason.NO_SUCH_PARTICIPANT));
        row.removed = true;
        participants.save(row);
        s.remove(participantId);
        nodes.send(NodeEvents.Kind.REMOVED, sessionId, participantId);
        // Announced as a phase change: phones re-render on those only, and the removed phone must learn it now,
        // not at the next question. A removal is one click of the instructor's, so every phone re-reading its
        // view once is cheap.
        feed.publish(s, Change.PHASE);
    }

    /** Runs a transition under the session's lock and stores it there, so stored phases follow one another. */
    private void command(long sessionId, long instructorId, BiPredicate<LiveSession, Instant> transition) {
        LiveSession s = owned(sessionId, instructorId);
        if (apply(s, transition, NodeEvents.Kind.PHASE)) {
            feed.publish(s, Change.PHASE);
        }
    }

    /**
     * A change of the door, stored like a transition but not announced: phones learn of it when they try to join,
     * and re-rendering the presenter would take the control from under the instructor's hand.
     */
    private void doorCommand(long sessionId, long instructorId, BiPredicate<LiveSession, Instant> change) {
        apply(owned(sessionId, instructorId), change, NodeEvents.Kind.DOOR);
    }

    /**
     * Runs a transition on the session's locked row and stores it there, and tells the other app nodes; returns
     * whether the phones must hear of it (the transition changed something, or this node followed another's change).
     */
    private boolean apply(LiveSession s, BiPredicate<LiveSession, Instant> transition, NodeEvents.Kind kind) {
        // Whole microseconds, as the databases store them: the next command's row then equals memory, and nothing
        // looks changed by another node when nothing was.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        synchronized (s) {
            LiveSessions.Locked locked = live.lock(s);
            boolean changed = transition.test(s, now);
            if (changed) {
                live.store(s, locked.row(), now);
                nodes.send(kind, s.id, 0);
            }
            return changed || locked.followed();
        }
    }

    private LiveSession owned(long sessionId, long instructorId) {
        LiveSession s = live.get(sessionId);
        if (s.instructorId != instructorId) {
            throw new Refused(WorkshopRefusal.Reason.NOT_YOUR_SESSION);
        }
        return s;
    }

    static SessionInfo info(SessionRow row, int questionCount, int participants) {
        return new SessionInfo(row.id, row.code, row.title, row.scoring, row.phase, questionCount, row.currentIndex,
                row.createdAt, row.endedAt, participants);
    }
}
