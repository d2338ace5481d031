package org.pedalatlas.workshop;

import java.time.Instant;
import java.util.List;

import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.bank.Score;
import org.pedalatlas.content.TranslationNote;

/** The workshop's public records. A participant's view holds a question's key only once it is revealed. */
public final class WorkshopRecords {

    private WorkshopRecords() {
    }

    /** What to create: a title, questions in order, one time limit for all (null for none), a scoring mode. */
    public record NewSession(String title, List<String> questionIds, Integer timeLimitSeconds, Scoring scoring) {
    }

    public record SessionInfo(long id, String code, String title, Scoring scoring, Phase phase, int questionCount,
                              int currentIndex, Instant createdAt, Instant endedAt, int participants) {
    }

    /** A participant who joined, with the token their browser keeps to come back as the same person. */
    public record Joined(long participantId, String nickname, String token, String code) {
    }

    /** A bar of the live histogram; {@code correct} is known only after reveal. */
    public record Bar(String label, int count, Boolean correct) {
    }

    public record Standing(int rank, long participantId, String nickname, int score) {
    }

    public record Person(long id, String nickname) {
    }

    /** Who may still come in: whether the session is locked to new joins, its cap (null: none), how many are in. */
    public record Door(boolean locked, Integer cap, int participants) {
    }

    /** Everything the presenter screen shows, at one moment. */
    public record PresenterView(SessionInfo info, List<Person> participants, QuestionView question,
                                Integer timeLimitSeconds, Instant closesAt, Long pausedRemainingMs, boolean open,
                                int answers, List<Bar> bars, Reveal reveal, List<Standing> leaderboard) {
    }

    /**
     * Everything one participant's phone shows, at one moment. {@code points} and {@code result} (how right the
     * answer was) are set once the question is revealed. {@code fixedLanguage} is the language tag the presenter
     * fixed for every phone, null while each phone shows the language it chose.
     */
    public record PlayerView(long participantId, String nickname, String code, String title, Phase phase,
                             QuestionView question, Instant closesAt, boolean open, boolean answered,
                             String yourAnswer, Integer points, Score result, Reveal reveal, int score, int rank,
                             int participants, boolean removed, String fixedLanguage,
                             TranslationNote translation) {
    }

    public record QuestionResult(int position, String questionId, String stem, int answers, double meanPercent,
                                 List<Bar> bars) {
    }

    public record Results(SessionInfo info, List<QuestionResult> questions, List<Standing> standings) {
    }

    /** What changed, so listeners refresh only what they must. */
    public enum Change { PHASE, PARTICIPANTS, ANSWERS }

    /** A refused action; {@link WorkshopRefusal} says why, with what its message needs. */
    public static final class Refused extends RuntimeException {
        private final WorkshopRefusal refusal;

        public Refused(WorkshopRefusal refusal) {
            super(refusal.message());
            this.refusal = refusal;
        }

        public WorkshopRefusal refusal() {
            return refusal;
        }
    }
}
