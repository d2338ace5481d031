package org.pedalatlas.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.pedalatlas.workshop.WorkshopRecords.Change;

/**
 * The in-memory mirror of one open session: phase, participants, scores, the current question's answers and the
 * listeners to push changes to. The database stays the truth; this is rebuilt from it after a restart.
 * All state is guarded by the object's monitor.
 */
final class LiveSession {

    record Participant(long id, String nickname, boolean removed) {
    }

    record Given(String response, double fraction, int points) {
    }

    final long id;
    final String code;
    final String title;
    final Scoring scoring;
    final List<String> questionIds;
    final List<Integer> limits;
    Phase phase;
    int currentIndex;
    Instant openedAt;
    Instant closesAt;
    Long pausedRemainingMs;
    boolean closedAnnounced;
    volatile boolean answersChanged;
    volatile boolean participantsChanged;
    final Map<Long, Participant> participants = new LinkedHashMap<>();
    final Map<Long, Integer> scores = new LinkedHashMap<>();
    final Map<Long, Given> current = new LinkedHashMap<>();
    final Set<Consumer<Change>> listeners = ConcurrentHashMap.newKeySet();

    LiveSession(SessionRow row, List<QuestionRow> questions) {
        this.id = row.id;
        this.code = row.code;
        this.title = row.title;
        this.scoring = row.scoring;
        this.questionIds = questions.stream().map(q -> q.questionId).toList();
        this.limits = new ArrayList<>(questions.stream().map(q -> q.timeLimitSeconds).toList());
        this.phase = row.phase;
        this.currentIndex = row.currentIndex;
        this.openedAt = row.questionOpenedAt;
        this.closesAt = row.questionClosesAt;
        this.pausedRemainingMs = row.pausedRemainingMs;
    }

    String currentQuestionId() {
        return currentIndex >= 0 && currentIndex < questionIds.size() ? questionIds.get(currentIndex) : null;
    }

    Integer currentLimit() {
        return currentIndex >= 0 && currentIndex < limits.size() ? limits.get(currentIndex) : null;
    }

    int activeParticipants() {
        return (int) participants.values().stream().filter(p -> !p.removed()).count();
    }

    /** Standings by score, ties sharing a rank, removed participants left out. */
    List<WorkshopRecords.Standing> standings() {
        List<Participant> active = participants.values().stream().filter(p -> !p.removed()).toList();
        List<Participant> sorted = new ArrayList<>(active);
        sorted.sort((a, b) -> Integer.compare(scores.getOrDefault(b.id(), 0), scores.getOrDefault(a.id(), 0)));
        List<WorkshopRecords.Standing> list = new ArrayList<>();
        int rank = 0;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            int score = scores.getOrDefault(sorted.get(i).id(), 0);
            if (score != previous) {
                rank = i + 1;
                previous = score;
            }
            list.add(new WorkshopRecords.Standing(rank, sorted.get(i).id(), sorted.get(i).nickname(), score));
        }
        return list;
    }
}
