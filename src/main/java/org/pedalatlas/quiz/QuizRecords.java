package org.pedalatlas.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.bank.Score;
import org.pedalatlas.content.PageRef;

/** The quiz engine's public records: what views and other features see. None of them carries an answer key. */
public final class QuizRecords {

    private QuizRecords() {
    }

    /**
     * How to start an attempt. Empty zones/topics mean all; a null time limit means untimed. A non-empty
     * {@code questionIds} is a hand-picked set, asked in that order (a shared link).
     */
    public record StartOptions(Mode mode, Set<Integer> zones, Set<String> topics, int count, boolean cbm,
                               Integer timeLimitMinutes, List<String> questionIds) {

        public StartOptions(Mode mode, Set<Integer> zones, Set<String> topics, int count, boolean cbm,
                            Integer timeLimitMinutes) {
            this(mode, zones, topics, count, cbm, timeLimitMinutes, List.of());
        }
    }

    /** What the bank holds, for the start form. */
    public record Catalogue(int questions, Map<Integer, Integer> byZone, Map<String, Integer> byTopic) {
    }

    /** Where an attempt stands. {@code next} is the first position still open, or -1 when all are answered. */
    public record AttemptState(long id, Mode mode, boolean cbm, Instant deadline, int total, int answered, int next,
                               boolean finished) {
    }

    /**
     * The result of a submission. {@code SAVED}: an exam answer, judged only at the end. {@code TRY_AGAIN}: a first
     * wrong try in practice — only that it is not right is told. {@code REVEALED}: score, key, explanation, source,
     * in {@code reveal}, which is null before.
     */
    public record Feedback(Status status, double fraction, Double marks, String yourAnswer, Reveal reveal) {

        public enum Status { SAVED, TRY_AGAIN, REVEALED }

        public boolean correct() {
            return Score.fullyRight(fraction);
        }
    }

    /** A request the quiz engine refused; {@link Refusal} says why, with the data its message needs. */
    public static final class Refused extends RuntimeException {
        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.message());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** One line of the end-of-attempt review. */
    public record ReviewItem(int position, String stem, Feedback feedback) {
    }

    /** An attempt in the history and on the review screen. */
    public record AttemptSummary(long id, Mode mode, Instant startedAt, Instant finishedAt, int questions,
                                 int answered, double percent, Double marks, boolean cbm) {
    }

    public record ReviewScreen(AttemptSummary summary, List<ReviewItem> items) {
    }

    /** A learner's final answer to a question, for progress: what it tested and how it went. */
    public record AnsweredQuestion(String questionId, List<Integer> zones, List<String> topics, List<PageRef> pages,
                                   double fraction, Instant at) {
    }
}
