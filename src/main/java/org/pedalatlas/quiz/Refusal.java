package org.pedalatlas.quiz;

import org.pedalatlas.base.Words;

import org.pedalatlas.bank.NumberProblem;

/**
 * Why the quiz engine refused a request. Typed, so views decide by kind and never by message text; the message is
 * for people (and translations) only. Most reasons carry no data ({@link Reason}); the others carry what their
 * message needs.
 */
public sealed interface Refusal {

    String message();

    enum Reason implements Refusal {
        NO_REVIEWS_DUE,
        NOTHING_MATCHES,
        ATTEMPT_FINISHED,
        TIME_UP,
        CERTAINTY_MISSING,
        ANSWER_FIRST,
        /** The results of an exam open when it is finished (or its time is up); reading them never finishes it. */
        EXAM_RUNNING,
        NOT_YOURS,
        QUESTION_REMOVED,
        RETENTION_OUT_OF_RANGE;

        public String message() {
            return Words.get("quiz.refusal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    record NoSuchPosition(int number) implements Refusal {
        public String message() {
            return Words.get("quiz.refusal.no-such-position", number);
        }
    }

    record Unreadable(NumberProblem problem) implements Refusal {
        public String message() {
            return problem.message();
        }
    }
}
