package org.pedalatlas.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ResponseCodec;
import org.pedalatlas.bank.Score;
import org.pedalatlas.workshop.LiveSession.PhoneState;
import org.pedalatlas.workshop.WorkshopRecords.Joined;
import org.pedalatlas.workshop.WorkshopRecords.PlayerView;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phones' side of live sessions: join with a code and a nickname, come back with the token the browser kept,
 * see the session, answer. An answer is stored before it is counted, and the first answer counts. A join or an
 * answer returns only after its transaction committed (and H2 writes a commit to its file before returning, see
 * {@code spring.datasource.url}), so what a phone is told was received survives a crash.
 */
@Service
public class ParticipantService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuestionBank bank;
    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final AnswerLog answers;
    private final LiveSessions live;
    private final Clock clock;
    private final JoinThrottle throttle;
    private final NodeEvents nodes;

    ParticipantService(QuestionBank bank, SessionRepository sessions, ParticipantRepository participants,
                       AnswerLog answers, LiveSessions live, NodeEvents nodes, Optional<Clock> clock,
                       @Value("${atlas.workshop.join.browser-misses:10}") int browserMisses,
                       @Value("${atlas.workshop.join.browser-window:1m}") Duration browserWindow,
                       @Value("${atlas.workshop.join.address-misses:300}") int addressMisses,
                       @Value("${atlas.workshop.join.address-window:5m}") Duration addressWindow) {
        this.nodes = nodes;
        this.throttle = new JoinThrottle(browserMisses, browserWindow, addressMisses, addressWindow);
        this.bank = bank;
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.live = live;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Joins as a client known only by its address (tests, load clients): its address is its browser too. */
    @Transactional
    public Joined join(String code, String nickname, String address) {
        return join(code, nickname, address, address);
    }

    /**
     * Joins with a code and a nickname. Wrong codes count against the browser and its address ({@link JoinThrottle});
     * a correct code counts against nothing. The session may refuse a new participant: locked, full, or a nickname
     * taken or looking the same as one taken.
     */
    @Transactional
    public Joined join(String code, String nickname, String browser, String address) {
        Instant now = clock.instant();
        if (throttle.blocked(browser, address, now)) {
            throw new Refused(WorkshopRefusal.Reason.TOO_MANY_WRONG_CODES);
        }
        Optional<SessionRow> row = SessionRules.isCode(code)
                ? sessions.findFirstByCodeAndEndedAtIsNull(code.strip()) : Optional.empty();
        if (row.isEmpty()) {
            throttle.miss(browser, address, now);
            throw new Refused(WorkshopRefusal.Reason.NO_OPEN_SESSION);
        }
        SessionRules.nicknameProblem(nickname).ifPresent(p -> {
            throw new Refused(new WorkshopRefusal.BadNickname(p));
        });
        LiveSession s = live.get(row.get().id);
        String clean = SessionRules.cleanNickname(nickname);
        LiveSession.Admission admission = s.admit(clean);
        String token = newToken();
        ParticipantRow p;
        try {
            capAcrossNodes(s);
            p = participants.saveAndFlush(new ParticipantRow(s.id, clean, SessionRules.nicknameKey(clean), hash(token), now));
        } catch (DataIntegrityViolationException taken) {
            // Only a name stored before this version's look-alike keys can get here: the session checked the rest.
            s.release(admission);
            throw new Refused(WorkshopRefusal.Reason.NICKNAME_TAKEN);
        } catch (RuntimeException e) {
            s.release(admission);
            throw e;
        }
        nodes.send(NodeEvents.Kind.JOINED, s.id, p.id);
        LiveSession.Participant joined = new LiveSession.Participant(p.id, clean, false, p.tokenHash);
        // Counted once committed: the phone is sent on only after this method returned, i.e. after the commit. A
        // rollback gives the held place back.
        LiveSessions.afterCommit(() -> {
            s.joined(admission, joined);
            live.joined(s, joined.id());
            s.participantsChanged = true;
        }, () -> s.release(admission));
        return new Joined(p.id, clean, token, s.code);
    }

    /**
     * With several app nodes each admits against what it knows, and two joining the last place on two nodes at once
     * could both get in: a capped session's row is locked for the join's transaction and the stored participants
     * counted, so joins of a capped session follow one another across nodes. One node, or no cap: nothing to do.
     */
    private void capAcrossNodes(LiveSession s) {
        Integer cap = s.door().cap();
        if (cap != null && nodes.clustered()) {
            sessions.lockById(s.id);
            if (participants.countBySessionIdAndRemovedFalse(s.id) >= cap) {
                throw new Refused(new WorkshopRefusal.SessionFull(cap));
            }
        }
    }

    /** Comes back as the same participant with the token the browser kept; empty when it is unknown or removed. */
    @Transactional(readOnly = true)
    public Optional<Joined> rejoin(String code, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return participants.findByTokenHash(hash(token)).filter(p -> !p.removed).flatMap(p -> {
            LiveSession s = live.get(p.sessionId);
            return s.code.equals(code) ? Optional.of(new Joined(p.id, p.nickname, token, s.code)) : Optional.empty();
        });
    }

    /** What a participant's phone shows now, in English; see {@link #player(long, String, Locale)}. */
    public PlayerView player(long participantId, String token) {
        return player(participantId, token, Locale.ENGLISH);
    }

    /**
     * What a participant's phone shows now, from the session in memory: no row is read. The question, the phone's
     * own answer and the reveal are in the session's fixed language when the presenter set one, else in the phone's
     * {@code language}; English where a question has no translation.
     */
    public PlayerView player(long participantId, String token, Locale language) {
        LiveSession s = live.ofParticipant(participantId);
        PhoneState phone = s.phone(participantId, hash(token), clock.instant());
        Locale shown = s.fixedLanguage() == null ? language : Locale.forLanguageTag(s.fixedLanguage());
        QuestionView q = phone.question() == null ? null : bank.present(phone.question().questionId(),
                phone.question().shuffle(), phone.position(), s.questionCount(), shown);
        boolean revealed = q != null && (phone.phase() == Phase.REVEAL || phone.phase() == Phase.LEADERBOARD);
        LiveSession.Given given = phone.given();
        return new PlayerView(participantId, phone.nickname(), s.code, s.title, phone.phase(), q, phone.closesAt(),
                phone.open(), given != null,
                given == null || q == null ? null : bank.describe(q.questionId(), given.response(), shown),
                revealed && given != null ? given.points() : null,
                revealed && given != null ? new Score(given.fraction()) : null,
                revealed ? bank.reveal(q.questionId(), shown) : null, phone.score(), phone.rank(), phone.participants(),
                phone.removed(), s.fixedLanguage(),
                q == null ? null : bank.translationNote(q.questionId(), shown).orElse(null));
    }

    /**
     * Takes a participant's answer to the open question, in the question's own order, and returns once it is on
     * disk ({@link AnswerLog}). Refused when the question is closed, already answered (or its first answer is still
     * being written), or the response cannot be read; a participant only ever answers in their own session.
     */
    public void answer(long participantId, String token, int position, Response response) {
        LiveSession s = live.ofParticipant(participantId);
        Instant now = clock.instant();
        LiveSession.Open open = s.openFor(participantId, hash(token), position, now);
        LiveSession.Given given;
        try {
            String questionId = open.question().questionId();
            bank.problem(questionId, response).ifPresent(problem -> {
                throw new Refused(new WorkshopRefusal.Unreadable(problem));
            });
            Score score = bank.score(questionId, response);
            Duration taken = Duration.between(open.openedAt(), now);
            int points = SessionRules.points(s.scoring, score.fraction(), taken, open.question().limitSeconds());
            answers.append(new AnswerRow(participantId, position, s.id, ResponseCodec.encode(response),
                    score.fraction(), points, taken.toMillis(), now));
            given = new LiveSession.Given(response, score.fraction(), points);
        } catch (DataIntegrityViolationException twice) {
            s.withdraw(participantId, position);
            throw new Refused(WorkshopRefusal.Reason.ALREADY_ANSWERED);
        } catch (RuntimeException e) {
            s.withdraw(participantId, position);
            throw e;
        }
        // Counted once stored, so the phone's "Answer received" (rendered after this returns) and the room's count
        // never run ahead of what a restart finds on disk.
        s.count(participantId, position, given);
    }

    /** The session a participant joined. */
    public long sessionIdOf(long participantId) {
        return live.ofParticipant(participantId).id;
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
