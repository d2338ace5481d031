package org.pedalatlas.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.pedalatlas.quiz.QuizRecords.QuestionView;
import org.pedalatlas.quiz.QuizRecords.Reveal;
import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.quiz.Response;
import org.pedalatlas.quiz.ResponseCodec;
import org.pedalatlas.quiz.Score;
import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.WorkshopRecords.Joined;
import org.pedalatlas.workshop.WorkshopRecords.NewSession;
import org.pedalatlas.workshop.WorkshopRecords.Person;
import org.pedalatlas.workshop.WorkshopRecords.PlayerView;
import org.pedalatlas.workshop.WorkshopRecords.PresenterView;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.WorkshopRecords.SessionInfo;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs live sessions. Each change is written to the database first, then mirrored in the session's
 * {@link LiveSession} and pushed to listeners through an executor, so no request thread waits on other people's
 * screens. The presenter's histogram and participant list are refreshed at most four times a second.
 */
@Service
public class WorkshopService {

    public static final int MAX_QUESTIONS = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuizService quiz;
    private final SessionRepository sessions;
    private final QuestionRowRepository questions;
    private final ParticipantRepository participants;
    private final AnswerRowRepository answers;
    private final Executor fanOut;
    private final Clock clock;
    private final JoinThrottle throttle = new JoinThrottle(10, Duration.ofMinutes(1));
    private final Map<Long, LiveSession> live = new ConcurrentHashMap<>();

    WorkshopService(QuizService quiz, SessionRepository sessions, QuestionRowRepository questions,
                    ParticipantRepository participants, AnswerRowRepository answers,
                    @Qualifier("applicationTaskExecutor") TaskExecutor fanOut,
                    Optional<Clock> clock) {
        this.quiz = quiz;
        this.sessions = sessions;
        this.questions = questions;
        this.participants = participants;
        this.answers = answers;
        this.fanOut = fanOut;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- instructor ----

    @Transactional
    public SessionInfo create(long instructorId, NewSession request) {
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > 120) {
            throw new Refused("Give the session a title of 1 to 120 characters.");
        }
        List<String> ids = request.questionIds().stream().filter(quiz::exists).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_QUESTIONS) {
            throw new Refused("Choose 1 to " + MAX_QUESTIONS + " questions.");
        }
        Integer limit = request.timeLimitSeconds();
        if (limit != null && (limit < 5 || limit > 600)) {
            throw new Refused("A time limit is 5 to 600 seconds, or none.");
        }
        if (request.scoring() == Scoring.SPEED && limit == null) {
            throw new Refused("Speed-weighted scoring needs a time limit.");
        }
        String code;
        do {
            code = SessionRules.newCode();
        } while (sessions.findFirstByCodeAndEndedAtIsNull(code).isPresent());
        SessionRow row = sessions.save(new SessionRow(code, title, instructorId, request.scoring(), clock.instant()));
        for (int i = 0; i < ids.size(); i++) {
            questions.save(new QuestionRow(row.id, i, ids.get(i), limit));
        }
        return info(session(row.id));
    }

    @Transactional(readOnly = true)
    public List<SessionInfo> sessionsOf(long instructorId) {
        return sessions.findByInstructorIdOrderByCreatedAtDesc(instructorId).stream()
                .map(r -> info(session(r.id))).toList();
    }

    public PresenterView presenter(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        // Read before taking the session's lock: a database call inside it waited for a pooled connection while
        // answering threads held every connection and waited for the lock (a stall until the pool's timeout).
        SessionRow row = sessions.findById(sessionId).orElseThrow();
        synchronized (s) {
            String qid = s.currentQuestionId();
            boolean showQuestion = qid != null && s.phase != Phase.LOBBY && s.phase != Phase.ENDED;
            QuestionView q = showQuestion ? quiz.present(qid, s.currentIndex, s.questionIds.size()) : null;
            Reveal reveal = showQuestion && (s.phase == Phase.REVEAL || s.phase == Phase.LEADERBOARD) ? quiz.reveal(qid) : null;
            List<Person> people = s.participants.values().stream().filter(p -> !p.removed())
                    .map(p -> new Person(p.id(), p.nickname())).toList();
            return new PresenterView(info(s, row), people, q, s.currentLimit(), s.closesAt, s.pausedRemainingMs,
                    SessionRules.accepts(s.phase, s.closesAt, clock.instant()), s.current.size(),
                    q == null ? List.of() : Histogram.bars(q, s.current.values(), reveal), reveal, s.standings());
        }
    }

    /** Opens the next question (or the first); after the last one, ends the session. */
    @Transactional
    public void next(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        synchronized (s) {
            if (s.phase == Phase.ENDED) {
                return;
            }
            if (s.currentIndex + 1 >= s.questionIds.size()) {
                endLocked(s);
                return;
            }
            s.currentIndex++;
            s.phase = Phase.QUESTION;
            s.openedAt = clock.instant();
            Integer limit = s.currentLimit();
            s.closesAt = limit == null ? null : s.openedAt.plusSeconds(limit);
            s.pausedRemainingMs = null;
            s.closedAnnounced = false;
            s.current.clear();
            save(s);
        }
        publish(s, Change.PHASE);
    }

    /** Closes answering and shows the answer, explanation and figure. */
    @Transactional
    public void reveal(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        synchronized (s) {
            if (s.phase != Phase.QUESTION && s.phase != Phase.PAUSED) {
                return;
            }
            s.phase = Phase.REVEAL;
            s.pausedRemainingMs = null;
            if (s.closesAt == null || s.closesAt.isAfter(clock.instant())) {
                s.closesAt = clock.instant();
            }
            save(s);
        }
        publish(s, Change.PHASE);
    }

    @Transactional
    public void leaderboard(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        synchronized (s) {
            if (s.phase != Phase.REVEAL) {
                return;
            }
            s.phase = Phase.LEADERBOARD;
            save(s);
        }
        publish(s, Change.PHASE);
    }

    /** Pauses a running question (its clock stops) or resumes it. */
    @Transactional
    public void togglePause(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        synchronized (s) {
            Instant now = clock.instant();
            if (s.phase == Phase.QUESTION) {
                s.phase = Phase.PAUSED;
                s.pausedRemainingMs = s.closesAt == null ? null : Math.max(0, Duration.between(now, s.closesAt).toMillis());
            } else if (s.phase == Phase.PAUSED) {
                s.phase = Phase.QUESTION;
                s.closesAt = s.pausedRemainingMs == null ? null : now.plusMillis(s.pausedRemainingMs);
                s.pausedRemainingMs = null;
            } else {
                return;
            }
            save(s);
        }
        publish(s, Change.PHASE);
    }

    @Transactional
    public void end(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        synchronized (s) {
            endLocked(s);
        }
    }

    @Transactional
    public void remove(long sessionId, long instructorId, long participantId) {
        LiveSession s = owned(sessionId, instructorId);
        ParticipantRow row = participants.findById(participantId).filter(p -> p.sessionId == sessionId)
                .orElseThrow(() -> new Refused("No such participant in this session."));
        row.removed = true;
        participants.save(row);
        synchronized (s) {
            s.participants.put(participantId, new LiveSession.Participant(participantId, row.nickname, true));
        }
        publish(s, Change.PARTICIPANTS);
    }

    // ---- participants ----

    /** Joins with a code and a nickname. Wrong codes count against the client's address (guessing is throttled). */
    @Transactional
    public Joined join(String code, String nickname, String client) {
        Instant now = clock.instant();
        if (throttle.blocked(client, now)) {
            throw new Refused("Too many wrong codes. Wait a minute, then check the code on the screen.");
        }
        Optional<SessionRow> row = SessionRules.isCode(code)
                ? sessions.findFirstByCodeAndEndedAtIsNull(code.strip()) : Optional.empty();
        if (row.isEmpty()) {
            throttle.miss(client, now);
            throw new Refused("No open session has this code. Check the six digits on the screen.");
        }
        SessionRules.nicknameProblem(nickname).ifPresent(p -> {
            throw new Refused(p);
        });
        LiveSession s = session(row.get().id);
        String clean = SessionRules.cleanNickname(nickname);
        String token = newToken();
        ParticipantRow p;
        try {
            p = participants.saveAndFlush(new ParticipantRow(s.id, clean, SessionRules.nicknameKey(clean), hash(token), now));
        } catch (DataIntegrityViolationException taken) {
            throw new Refused("Someone here already uses this nickname. Choose another.");
        }
        synchronized (s) {
            s.participants.put(p.id, new LiveSession.Participant(p.id, clean, false));
            s.scores.putIfAbsent(p.id, 0);
        }
        // Announced by the next tick: a hall joining at once re-renders the presenter's lobby at most four
        // times a second instead of once per join (which queued hundreds of full renders on the presenter's UI).
        s.participantsChanged = true;
        return new Joined(p.id, clean, token, s.code);
    }

    /** Comes back as the same participant with the token the browser kept; empty when it is unknown or removed. */
    @Transactional(readOnly = true)
    public Optional<Joined> rejoin(String code, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return participants.findByTokenHash(hash(token)).filter(p -> !p.removed).flatMap(p -> {
            LiveSession s = session(p.sessionId);
            return s.code.equals(code) ? Optional.of(new Joined(p.id, p.nickname, token, s.code)) : Optional.empty();
        });
    }

    public PlayerView player(long participantId, String token) {
        ParticipantRow p = participant(participantId, token);
        LiveSession s = session(p.sessionId);
        synchronized (s) {
            String qid = s.currentQuestionId();
            boolean inQuestion = qid != null && s.phase != Phase.LOBBY && s.phase != Phase.ENDED;
            QuestionView q = inQuestion ? quiz.present(qid, s.currentIndex, s.questionIds.size()) : null;
            boolean revealed = inQuestion && (s.phase == Phase.REVEAL || s.phase == Phase.LEADERBOARD);
            LiveSession.Given given = s.current.get(participantId);
            int rank = s.standings().stream().filter(x -> x.participantId() == participantId)
                    .mapToInt(WorkshopRecords.Standing::rank).findFirst().orElse(0);
            boolean removed = s.participants.get(participantId) != null && s.participants.get(participantId).removed();
            return new PlayerView(participantId, p.nickname, s.code, s.title, s.phase, q, s.closesAt,
                    SessionRules.accepts(s.phase, s.closesAt, clock.instant()), given != null,
                    given == null || q == null ? null : quiz.describe(qid, ResponseCodec.decode(given.response())),
                    revealed && given != null ? given.points() : null,
                    revealed && given != null ? given.fraction() : null,
                    revealed ? quiz.reveal(qid) : null, s.scores.getOrDefault(participantId, 0), rank,
                    s.activeParticipants(), removed);
        }
    }

    /**
     * Takes a participant's answer to the open question. Refused when the question is closed, already answered,
     * or the response cannot be read; a participant can only ever answer in their own session.
     */
    @Transactional
    public void answer(long participantId, String token, int position, Response response) {
        ParticipantRow p = participant(participantId, token);
        if (p.removed) {
            throw new Refused("The instructor removed you from this session.");
        }
        LiveSession s = session(p.sessionId);
        Instant now = clock.instant();
        String qid;
        Instant openedAt;
        Integer limit;
        synchronized (s) {
            if (position != s.currentIndex || !SessionRules.accepts(s.phase, s.closesAt, now)) {
                throw new Refused(s.phase == Phase.PAUSED ? "The question is paused. Wait for the instructor."
                        : "Too late: this question has closed.");
            }
            if (s.current.containsKey(participantId)) {
                throw new Refused("You have already answered. " + SessionRules.ANSWER_RULE);
            }
            qid = s.currentQuestionId();
            openedAt = s.openedAt;
            limit = s.currentLimit();
        }
        quiz.problem(qid, response).ifPresent(problem -> {
            throw new Refused(problem);
        });
        Score score = quiz.score(qid, response);
        Duration taken = Duration.between(openedAt, now);
        int points = SessionRules.points(s.scoring, score.fraction(), taken, limit);
        String encoded = ResponseCodec.encode(response);
        try {
            answers.saveAndFlush(new AnswerRow(participantId, position, s.id, encoded, score.fraction(), points,
                    taken.toMillis(), now));
        } catch (DataIntegrityViolationException twice) {
            throw new Refused("You have already answered. " + SessionRules.ANSWER_RULE);
        }
        synchronized (s) {
            s.current.put(participantId, new LiveSession.Given(encoded, score.fraction(), points));
            s.scores.merge(participantId, points, Integer::sum);
            s.answersChanged = true;
        }
    }

    // ---- results ----

    @Transactional(readOnly = true)
    public WorkshopRecords.Results results(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        List<AnswerRow> all = answers.findBySessionId(sessionId);
        List<WorkshopRecords.QuestionResult> list = new ArrayList<>();
        for (int i = 0; i < s.questionIds.size(); i++) {
            int position = i;
            String qid = s.questionIds.get(i);
            List<LiveSession.Given> given = all.stream().filter(a -> a.position == position)
                    .map(a -> new LiveSession.Given(a.response, a.fraction, a.points)).toList();
            QuestionView q = quiz.present(qid, i, s.questionIds.size());
            double mean = given.stream().mapToDouble(LiveSession.Given::fraction).average().orElse(0) * 100;
            list.add(new WorkshopRecords.QuestionResult(i + 1, qid, q.stem(), given.size(), mean,
                    Histogram.bars(q, given, quiz.reveal(qid))));
        }
        SessionRow row = sessions.findById(sessionId).orElseThrow();
        synchronized (s) {
            return new WorkshopRecords.Results(info(s, row), list, s.standings());
        }
    }

    /** One row per participant and question, for the instructor's records. */
    @Transactional(readOnly = true)
    public String csv(long sessionId, long instructorId) {
        LiveSession s = owned(sessionId, instructorId);
        Map<Long, String> names = new java.util.HashMap<>();
        participants.findBySessionIdOrderByJoinedAt(sessionId).forEach(p -> names.put(p.id, p.nickname));
        return WorkshopCsv.write(s, names, answers.findBySessionId(sessionId), quiz);
    }

    // ---- live updates ----

    /** Registers a listener for a session's changes; call the returned action to unregister. */
    public Runnable subscribe(long sessionId, Consumer<Change> listener) {
        LiveSession s = session(sessionId);
        s.listeners.add(listener);
        return () -> s.listeners.remove(listener);
    }

    public long sessionIdOf(long participantId) {
        return participants.findById(participantId).map(p -> p.sessionId)
                .orElseThrow(() -> new Refused("Unknown participant."));
    }

    /**
     * Four times a second: push new participants and histogram changes to presenters and announce questions whose
     * time ran out.
     */
    @Scheduled(fixedDelay = 250)
    void tick() {
        Instant now = clock.instant();
        for (LiveSession s : live.values()) {
            boolean closed;
            synchronized (s) {
                closed = s.phase == Phase.QUESTION && s.closesAt != null && now.isAfter(s.closesAt) && !s.closedAnnounced;
                if (closed) {
                    s.closedAnnounced = true;
                }
            }
            if (closed) {
                publish(s, Change.PHASE);
            }
            if (s.participantsChanged) {
                s.participantsChanged = false;
                publish(s, Change.PARTICIPANTS);
            }
            if (s.answersChanged) {
                s.answersChanged = false;
                publish(s, Change.ANSWERS);
            }
        }
    }

    // ---- internals ----

    private void endLocked(LiveSession s) {
        s.phase = Phase.ENDED;
        s.closesAt = null;
        s.pausedRemainingMs = null;
        save(s);
        SessionRow row = sessions.findById(s.id).orElseThrow();
        row.endedAt = clock.instant();
        sessions.save(row);
        publish(s, Change.PHASE);
    }

    private void save(LiveSession s) {
        SessionRow row = sessions.findById(s.id).orElseThrow();
        row.phase = s.phase;
        row.currentIndex = s.currentIndex;
        row.questionOpenedAt = s.openedAt;
        row.questionClosesAt = s.closesAt;
        row.pausedRemainingMs = s.pausedRemainingMs;
        sessions.save(row);
    }

    private void publish(LiveSession s, Change change) {
        for (Consumer<Change> listener : s.listeners) {
            fanOut.execute(() -> listener.accept(change));
        }
    }

    private LiveSession owned(long sessionId, long instructorId) {
        LiveSession s = session(sessionId);
        SessionRow row = sessions.findById(sessionId).orElseThrow();
        if (row.instructorId != instructorId) {
            throw new Refused("This session belongs to another instructor.");
        }
        return s;
    }

    /** The live mirror of a session, rebuilt from the database on first use (e.g. after a restart). */
    private LiveSession session(long sessionId) {
        return live.computeIfAbsent(sessionId, id -> {
            SessionRow row = sessions.findById(id).orElseThrow(() -> new Refused("No such session."));
            LiveSession s = new LiveSession(row, questions.findBySessionIdOrderByPosition(id));
            participants.findBySessionIdOrderByJoinedAt(id).forEach(p -> {
                s.participants.put(p.id, new LiveSession.Participant(p.id, p.nickname, p.removed));
                s.scores.put(p.id, 0);
            });
            for (AnswerRow a : answers.findBySessionId(id)) {
                s.scores.merge(a.participantId, a.points, Integer::sum);
                if (a.position == s.currentIndex) {
                    s.current.put(a.participantId, new LiveSession.Given(a.response, a.fraction, a.points));
                }
            }
            return s;
        });
    }

    private ParticipantRow participant(long participantId, String token) {
        return participants.findById(participantId).filter(p -> p.tokenHash.equals(hash(token)))
                .orElseThrow(() -> new Refused("This phone is not joined to that session. Join again with the code."));
    }

    private SessionInfo info(LiveSession s) {
        return info(s, sessions.findById(s.id).orElseThrow());
    }

    private static SessionInfo info(LiveSession s, SessionRow row) {
        return new SessionInfo(s.id, s.code, s.title, s.scoring, s.phase, s.questionIds.size(), s.currentIndex,
                row.createdAt, row.endedAt, s.activeParticipants());
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
