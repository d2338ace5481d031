package org.pedalatlas.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.Shuffle;
import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.WorkshopRecords.Standing;

/**
 * One open session in memory, and the rules of its six phases: a question opens, pauses and resumes, closes at its
 * time or at the reveal, shows the leaderboard, and the session ends after the last one. Every transition returns
 * whether it changed anything, so the caller stores and announces only real changes. The door is here too: whether
 * the session is locked to new joins, its participant cap, and the nicknames taken, so a join is admitted or refused
 * under one lock (two phones racing for the last place or for look-alike names cannot both win). The database stays
 * the truth;
 * a session is rebuilt from it after a restart. All state is guarded by this object's monitor.
 */
final class LiveSession {

    /** A participant as stored; {@code tokenHash} is the hash of the token their browser keeps. */
    record Participant(long id, String nickname, boolean removed, String tokenHash) {
    }

    /** A question of the session: which one, its time limit (null: none) and the order everyone is shown. */
    record SessionQuestion(String questionId, Integer limitSeconds, Shuffle shuffle) {
    }

    /** An answer as counted: the response in the question's own order, how right it was, the points it earned. */
    record Given(Response response, double fraction, int points) {
    }

    /** The open question's facts an answer is scored with. */
    record Open(int position, SessionQuestion question, Instant openedAt) {
    }

    /** What one phone shows. {@code question} is null in the lobby and after the end. */
    record PhoneState(String nickname, Phase phase, int position, SessionQuestion question, Instant closesAt,
                      boolean open, Given given, int score, int rank, int participants, boolean removed) {
    }

    /**
     * A place held for a phone between its admission and its stored row: it counts against the cap and holds its
     * nickname's keys, so the database is written outside this object's lock.
     */
    record Admission(String nickname, String sameName, Set<String> lookalikes) {
    }

    /** The session's door as the instructor sees it. {@code cap} is null for no cap. */
    record Door(boolean locked, Integer cap, int participants) {
    }

    /** What the presenter shows. */
    record StageState(Phase phase, int position, SessionQuestion question, Instant closesAt, Long pausedRemainingMs,
                      boolean open, List<Participant> people, List<Given> answers, List<Standing> standings) {
    }

    final long id;
    final String code;
    final String title;
    final Scoring scoring;
    /** Who runs it and when it began, from its row: checking the owner or drawing the presenter reads no row. */
    long instructorId;
    Instant createdAt;
    volatile Instant endedAt;
    private final List<SessionQuestion> questions;
    private Phase phase;
    private int currentIndex;
    private Instant openedAt;
    private Instant closesAt;
    private Long pausedRemainingMs;
    private boolean closedAnnounced;
    private boolean joinLocked;
    private Integer participantCap;
    private String fixedLanguage;
    private int admitting;
    private final Set<String> sameNames = new HashSet<>();
    private final Set<String> lookalikes = new HashSet<>();
    private final Map<Long, Participant> participants = new LinkedHashMap<>();
    private final Map<Long, Integer> scores = new LinkedHashMap<>();
    private final Map<Long, Given> current = new LinkedHashMap<>();
    /**
     * The positions each participant's counted answers are for, one bit each (a session has at most 60 questions):
     * an answer heard twice, from the database and from another node's notification, counts once.
     */
    private final Map<Long, Long> counted = new HashMap<>();
    /** Participants whose answer to the open question is being written: a second one is refused meanwhile. */
    private final Set<Long> answering = new HashSet<>();
    private List<Standing> standings;
    /** Each participant's rank in {@link #standings}, built with it: a phone's rank is one lookup, not a scan. */
    private Map<Long, Integer> ranks;
    private int active;
    volatile boolean answersChanged;
    volatile boolean participantsChanged;
    final Set<Consumer<Change>> listeners = ConcurrentHashMap.newKeySet();

    LiveSession(long id, String code, String title, Scoring scoring, List<SessionQuestion> questions, Phase phase,
                int currentIndex, Instant openedAt, Instant closesAt, Long pausedRemainingMs) {
        this.id = id;
        this.code = code;
        this.title = title;
        this.scoring = scoring;
        this.questions = List.copyOf(questions);
        this.phase = phase;
        this.currentIndex = currentIndex;
        this.openedAt = openedAt;
        this.closesAt = closesAt;
        this.pausedRemainingMs = pausedRemainingMs;
    }

    // ---- transitions ----

    /** Opens the next question; after the last one, ends the session. */
    synchronized boolean next(Instant now) {
        if (phase == Phase.ENDED) {
            return false;
        }
        if (phase == Phase.QUESTION || phase == Phase.PAUSED) {
            // Like the disabled Next button: an open question is revealed first, never skipped.
            return false;
        }
        if (currentIndex + 1 >= questions.size()) {
            return end();
        }
        currentIndex++;
        phase = Phase.QUESTION;
        openedAt = now;
        Integer limit = questions.get(currentIndex).limitSeconds();
        closesAt = limit == null ? null : now.plusSeconds(limit);
        pausedRemainingMs = null;
        closedAnnounced = false;
        current.clear();
        answering.clear();
        return true;
    }

    /** Closes answering and shows the answer. */
    synchronized boolean reveal(Instant now) {
        if (phase != Phase.QUESTION && phase != Phase.PAUSED) {
            return false;
        }
        phase = Phase.REVEAL;
        pausedRemainingMs = null;
        if (closesAt == null || closesAt.isAfter(now)) {
            closesAt = now;
        }
        standings = null;
        return true;
    }

    synchronized boolean showLeaderboard() {
        if (phase != Phase.REVEAL) {
            return false;
        }
        phase = Phase.LEADERBOARD;
        return true;
    }

    /** Pauses a running question (its clock stops) or resumes it. */
    synchronized boolean togglePause(Instant now) {
        if (phase == Phase.QUESTION) {
            phase = Phase.PAUSED;
            pausedRemainingMs = closesAt == null ? null : Math.max(0, Duration.between(now, closesAt).toMillis());
            return true;
        }
        if (phase == Phase.PAUSED) {
            phase = Phase.QUESTION;
            closesAt = pausedRemainingMs == null ? null : now.plusMillis(pausedRemainingMs);
            pausedRemainingMs = null;
            return true;
        }
        return false;
    }

    synchronized boolean end() {
        if (phase == Phase.ENDED) {
            return false;
        }
        phase = Phase.ENDED;
        closesAt = null;
        pausedRemainingMs = null;
        standings = null;
        return true;
    }

    /** True once, when a running question's time has run out: phones then learn it is closed. */
    synchronized boolean closeIfExpired(Instant now) {
        boolean closed = phase == Phase.QUESTION && closesAt != null && now.isAfter(closesAt) && !closedAnnounced;
        if (closed) {
            closedAnnounced = true;
        }
        return closed;
    }

    /** Locks or unlocks the session to new participants; those who joined can always come back. */
    synchronized boolean lock(boolean locked) {
        if (joinLocked == locked) {
            return false;
        }
        joinLocked = locked;
        return true;
    }

    /** Sets the most participants (removed ones not counted), or none with null; below the count, no one new joins. */
    synchronized boolean cap(Integer cap) {
        if (cap != null && (cap < 1 || cap > SessionRules.CAP_MAX)) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.BAD_CAP);
        }
        if (java.util.Objects.equals(participantCap, cap)) {
            return false;
        }
        participantCap = cap;
        return true;
    }

    /**
     * Fixes the language every phone shows (a language tag), or gives each phone its own again with null. Not a
     * phase: phones keep their place, they only re-read their words.
     */
    synchronized boolean fixLanguage(String tag) {
        if (java.util.Objects.equals(fixedLanguage, tag)) {
            return false;
        }
        fixedLanguage = tag;
        return true;
    }

    /** The language the presenter fixed for every phone; null while each phone shows its own. */
    synchronized String fixedLanguage() {
        return fixedLanguage;
    }

    /**
     * Admits a new participant with an acceptable nickname, or says why not: the session is over, locked or full,
     * or someone here already has this nickname or one that looks the same (removed participants keep theirs).
     * The place is held until {@link #joined} or {@link #release}.
     */
    synchronized Admission admit(String nickname) {
        if (phase == Phase.ENDED) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.NO_OPEN_SESSION);
        }
        if (joinLocked) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.SESSION_LOCKED);
        }
        if (participantCap != null && activeParticipants() + admitting >= participantCap) {
            throw new WorkshopRecords.Refused(new WorkshopRefusal.SessionFull(participantCap));
        }
        Admission a = new Admission(nickname, SessionRules.sameNameKey(nickname), SessionRules.lookalikeKeys(nickname));
        if (sameNames.contains(a.sameName())) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.NICKNAME_TAKEN);
        }
        if (a.lookalikes().stream().anyMatch(lookalikes::contains)) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.NICKNAME_LOOKS_LIKE);
        }
        admitting++;
        sameNames.add(a.sameName());
        lookalikes.addAll(a.lookalikes());
        return a;
    }

    /** The admitted participant's row is stored: the held place becomes theirs. */
    synchronized void joined(Admission a, Participant p) {
        admitting--;
        join(p);
    }

    /** The admitted participant's row could not be stored: the place and the nickname are free again. */
    synchronized void release(Admission a) {
        admitting--;
        sameNames.remove(a.sameName());
        lookalikes.removeAll(a.lookalikes());
    }

    /** A participant as stored, also when the session is rebuilt after a restart. */
    synchronized void join(Participant p) {
        Participant before = participants.put(p.id(), p);
        active += (p.removed() ? 0 : 1) - (before == null || before.removed() ? 0 : 1);
        scores.putIfAbsent(p.id(), 0);
        sameNames.add(SessionRules.sameNameKey(p.nickname()));
        lookalikes.addAll(SessionRules.lookalikeKeys(p.nickname()));
        standings = null;
    }

    synchronized void remove(long participantId) {
        Participant p = participants.get(participantId);
        if (p != null && !p.removed()) {
            participants.put(participantId, new Participant(p.id(), p.nickname(), true, p.tokenHash()));
            active--;
            standings = null;
        }
    }

    /**
     * The open question an answer at {@code position} would count for, or why it would not count: an unknown
     * participant or a wrong token, a removed participant, a closed question, an answer given or being written.
     * The answer is held as being written until {@link #count} or {@link #withdraw}.
     */
    synchronized Open openFor(long participantId, String tokenHash, int position, Instant now) {
        Participant p = verified(participantId, tokenHash);
        if (p.removed()) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.REMOVED);
        }
        if (position != currentIndex || !accepts(now)) {
            throw new WorkshopRecords.Refused(phase == Phase.PAUSED ? WorkshopRefusal.Reason.PAUSED
                    : WorkshopRefusal.Reason.TOO_LATE);
        }
        if (current.containsKey(participantId) || !answering.add(participantId)) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.ALREADY_ANSWERED);
        }
        return new Open(currentIndex, questions.get(currentIndex), openedAt);
    }

    /** An answer held by {@link #openFor} could not be stored: the participant may answer again. */
    synchronized void withdraw(long participantId, int position) {
        if (position == currentIndex) {
            answering.remove(participantId);
        }
    }

    /**
     * Counts an answer that is already stored; a restart rebuilds the same from the stored rows. An answer already
     * counted for this participant and position is not counted again; returns whether it was counted.
     */
    synchronized boolean count(long participantId, int position, Given given) {
        long bit = 1L << position;
        long mask = counted.getOrDefault(participantId, 0L);
        if ((mask & bit) != 0) {
            return false;
        }
        counted.put(participantId, mask | bit);
        scores.merge(participantId, given.points(), Integer::sum);
        if (position == currentIndex) {
            current.put(participantId, given);
            answering.remove(participantId);
            answersChanged = true;
        }
        // While its question is open an answer's points are not shown (shownScore), so the standings stand: a hall
        // answering does not re-rank everyone once per answer.
        boolean hidden = position == currentIndex && (phase == Phase.QUESTION || phase == Phase.PAUSED);
        if (!hidden) {
            standings = null;
        }
        return true;
    }

    /**
     * Takes the phase, clock and door from the session's row, as another app node stored them: a node that did not
     * make a transition follows it. A move to another question starts its answers afresh, as {@link #next} does.
     * Returns whether the phase, question or clock changed, so the phones must hear of it.
     */
    synchronized boolean adopt(SessionRow row) {
        boolean moved = row.currentIndex != currentIndex;
        boolean changed = moved || row.phase != phase || !java.util.Objects.equals(row.questionClosesAt, closesAt)
                || !java.util.Objects.equals(row.pausedRemainingMs, pausedRemainingMs)
                || !java.util.Objects.equals(row.fixedLanguage, fixedLanguage);
        if (moved) {
            current.clear();
            answering.clear();
            closedAnnounced = false;
        }
        if (changed) {
            standings = null;
        }
        phase = row.phase;
        currentIndex = row.currentIndex;
        openedAt = row.questionOpenedAt;
        closesAt = row.questionClosesAt;
        pausedRemainingMs = row.pausedRemainingMs;
        joinLocked = row.joinLocked;
        participantCap = row.participantCap;
        fixedLanguage = row.fixedLanguage;
        if (row.endedAt != null) {
            endedAt = row.endedAt;
        }
        return changed;
    }

    /** Whether a participant is in this session's memory, removed or not. */
    synchronized boolean knows(long participantId) {
        return participants.containsKey(participantId);
    }

    // ---- reads ----

    synchronized boolean ended() {
        return phase == Phase.ENDED;
    }

    synchronized Phase phase() {
        return phase;
    }

    synchronized int currentIndex() {
        return currentIndex;
    }

    int questionCount() {
        return questions.size();
    }

    List<SessionQuestion> questions() {
        return questions;
    }

    synchronized Door door() {
        return new Door(joinLocked, participantCap, activeParticipants());
    }

    synchronized int activeParticipants() {
        return active;
    }

    /** What one phone shows; refused for a participant not in this session or a token that is not theirs. */
    synchronized PhoneState phone(long participantId, String tokenHash, Instant now) {
        Participant p = verified(participantId, tokenHash);
        standings();
        int rank = ranks.getOrDefault(participantId, 0);
        return new PhoneState(p.nickname(), phase, currentIndex, shownQuestion(), closesAt, accepts(now),
                current.get(participantId), shownScore(participantId), rank, activeParticipants(), p.removed());
    }

    /** The ids of everyone who joined, removed ones too. */
    synchronized List<Long> participantIds() {
        return List.copyOf(participants.keySet());
    }

    synchronized StageState stage(Instant now) {
        List<Participant> people = participants.values().stream().filter(p -> !p.removed()).toList();
        return new StageState(phase, currentIndex, shownQuestion(), closesAt, pausedRemainingMs, accepts(now), people,
                List.copyOf(current.values()), standings());
    }

    /** Writes the phase and clock into the session's row, the mirror a restart resumes from. */
    synchronized void writeTo(SessionRow row) {
        row.phase = phase;
        row.currentIndex = currentIndex;
        row.questionOpenedAt = openedAt;
        row.questionClosesAt = closesAt;
        row.pausedRemainingMs = pausedRemainingMs;
        row.joinLocked = joinLocked;
        row.participantCap = participantCap;
        row.fixedLanguage = fixedLanguage;
    }

    static LiveSession of(SessionRow row, List<QuestionRow> questions) {
        LiveSession s = new LiveSession(row.id, row.code, row.title, row.scoring, questions.stream()
                .map(q -> new SessionQuestion(q.questionId, q.timeLimitSeconds, Shuffle.parse(q.shuffle))).toList(),
                row.phase, row.currentIndex, row.questionOpenedAt, row.questionClosesAt, row.pausedRemainingMs);
        s.joinLocked = row.joinLocked;
        s.participantCap = row.participantCap;
        s.fixedLanguage = row.fixedLanguage;
        s.instructorId = row.instructorId;
        s.createdAt = row.createdAt;
        s.endedAt = row.endedAt;
        return s;
    }

    /**
     * Standings by the scores shown, ties sharing a rank, removed participants left out; kept until a score or the
     * phase changes.
     */
    synchronized List<Standing> standings() {
        if (standings == null) {
            standings = Standings.rank(participants.values().stream().filter(p -> !p.removed())
                    .map(p -> new Standings.Entry(p.id(), p.nickname(), shownScore(p.id()))).toList());
            ranks = new HashMap<>();
            standings.forEach(st -> ranks.put(st.participantId(), st.rank()));
        }
        return standings;
    }

    /**
     * A participant's score as the room may see it: the points of an answer to the open question count only from
     * its reveal, so neither a phone's score nor its rank tells whether it was right before everyone learns it.
     */
    private int shownScore(long participantId) {
        int score = scores.getOrDefault(participantId, 0);
        Given pending = phase == Phase.QUESTION || phase == Phase.PAUSED ? current.get(participantId) : null;
        return pending == null ? score : score - pending.points();
    }

    private Participant verified(long participantId, String tokenHash) {
        Participant p = participants.get(participantId);
        if (p == null || !MessageDigest.isEqual(p.tokenHash().getBytes(StandardCharsets.US_ASCII),
                String.valueOf(tokenHash).getBytes(StandardCharsets.US_ASCII))) {
            throw new WorkshopRecords.Refused(WorkshopRefusal.Reason.NOT_JOINED);
        }
        return p;
    }

    private SessionQuestion shownQuestion() {
        boolean shown = phase != Phase.LOBBY && phase != Phase.ENDED && currentIndex >= 0 && currentIndex < questions.size();
        return shown ? questions.get(currentIndex) : null;
    }

    private boolean accepts(Instant now) {
        return SessionRules.accepts(phase, closesAt, now);
    }
}
