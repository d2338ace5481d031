package org.pedalatlas.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pedalatlas.content.Question;

/** The quiz engine's public records: what views and other features see. None of them carries an answer key. */
public final class QuizRecords {

    private QuizRecords() {
    }

    /**
     * How to start an attempt. Empty zones/topics mean all; a null time limit means untimed. A non-empty
     * {@code questionIds} is a hand-picked set, asked in that order (a shared link, a workshop set).
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
     * A question as the learner sees it — choices, items and right-hand values in the attempt's shuffled order —
     * and nothing of its key.
     */
    public record QuestionView(long attemptId, int position, int total, String questionId, Question.Type type,
                               String stem, List<String> choices, List<String> lefts, List<String> rights,
                               String unit, String figure, int triesUsed) {
    }

    /** A link into the atlas. */
    public record Link(String title, String href) {
    }

    /** One option after answering: whether it was right, whether the learner chose it, and why. */
    public record OptionLine(String text, boolean correct, boolean chosen, String why) {
    }

    /**
     * The result of a submission. {@code SAVED}: an exam answer, judged only at the end. {@code TRY_AGAIN}: a first
     * wrong try in practice — only that it is not right is told. {@code REVEALED}: score, key, explanation, source.
     * Fields beyond {@code status} are meaningful only once revealed.
     */
    public record Feedback(Status status, double fraction, Double marks, String yourAnswer, String correctAnswer,
                           String explanation, List<OptionLine> options, String sourceLabel, String sourcePassage,
                           List<Link> read) {

        public enum Status { SAVED, TRY_AGAIN, REVEALED }

        public boolean correct() {
            return fraction >= 0.999_999;
        }
    }

    /** A submission the server refused, with a message for the learner (unreadable number, time is up…). */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** One line of the end-of-exam review. */
    public record ReviewItem(int position, String stem, Feedback feedback) {
    }

    /** An attempt in the history and on the review screen. */
    public record AttemptSummary(long id, Mode mode, Instant startedAt, Instant finishedAt, int questions,
                                 int answered, double percent, Double marks, boolean cbm) {
    }

    public record ReviewScreen(AttemptSummary summary, List<ReviewItem> items) {
    }

    /** A bank entry for choosing questions. */
    public record BankEntry(String id, Question.Type type, String stem, List<Integer> zones, List<String> topics) {
    }

    /**
     * A question's key and teaching, shown when a workshop question is revealed; {@code pageIds} are the atlas pages
     * that teach it (what {@code read} links to), for finding their figures.
     */
    public record Reveal(String correctAnswer, String explanation, List<OptionLine> options, String sourceLabel,
                         String sourcePassage, List<Link> read, List<String> pageIds) {
    }

    /** A learner's final answer to a question, for progress: what it tested and how it went. */
    public record AnsweredQuestion(String questionId, List<Integer> zones, List<String> topics, List<Link> pages,
                                   double fraction, Instant at) {
    }
}
