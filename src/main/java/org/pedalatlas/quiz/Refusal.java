package org.pedalatlas.quiz;

import org.pedalatlas.bank.NumberProblem;

/**
 * Why the quiz engine refused a request. Typed, so views decide by kind and never by message text; the message is
 * for people (and translations) only. Most reasons carry no data ({@link Reason}); the others carry what their
 * message needs.
 */
public sealed interface Refusal {

    String message();

    enum Reason implements Refusal {
        NO_REVIEWS_DUE("No reviews are due. Come back later."),
        NOTHING_MATCHES("No question matches these zones and topics. Choose more of them."),
        ATTEMPT_FINISHED("This attempt is finished; its answers can no longer change."),
        TIME_UP("Time is up: the exam has ended and this answer was not counted."),
        CERTAINTY_MISSING("Choose how sure you are before submitting."),
        ANSWER_FIRST("Answer the question first."),
        /** The results of an exam open when it is finished (or its time is up); reading them never finishes it. */
        EXAM_RUNNING("This exam is still running: its results open when you finish it."),
        NOT_YOURS("This attempt does not exist or belongs to someone else."),
        QUESTION_REMOVED("This question was removed from the bank after the attempt started."),
        RETENTION_OUT_OF_RANGE("Choose a retention between 80 % and 97 %.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    record NoSuchPosition(int number) implements Refusal {
        public String message() {
            return "This attempt has no question " + number + ".";
        }
    }

    record Unreadable(NumberProblem problem) implements Refusal {
        public String message() {
            return problem.message();
        }
    }
}
