package org.pedalatlas.quiz;

import org.pedalatlas.bank.NumberProblem;

/**
 * Why the quiz engine refused a request. Typed, so views decide by kind and never by message text; the message is
 * for people (and translations) only.
 */
public sealed interface Refusal {

    String message();

    record NoReviewsDue() implements Refusal {
        public String message() { return "No reviews are due. Come back later."; }
    }

    record NothingMatches() implements Refusal {
        public String message() { return "No question matches these zones and topics. Choose more of them."; }
    }

    record NoSuchPosition(int number) implements Refusal {
        public String message() { return "This attempt has no question " + number + "."; }
    }

    record AttemptFinished() implements Refusal {
        public String message() { return "This attempt is finished; its answers can no longer change."; }
    }

    record TimeUp() implements Refusal {
        public String message() { return "Time is up: the exam has ended and this answer was not counted."; }
    }

    record Unreadable(NumberProblem problem) implements Refusal {
        public String message() { return problem.message(); }
    }

    record CertaintyMissing() implements Refusal {
        public String message() { return "Choose how sure you are before submitting."; }
    }

    record AnswerFirst() implements Refusal {
        public String message() { return "Answer the question first."; }
    }

    /** The review of an exam opens when it is finished (or its time is up); reading it never finishes it. */
    record ExamRunning() implements Refusal {
        public String message() { return "This exam is still running: its results open when you finish it."; }
    }

    record NotYours() implements Refusal {
        public String message() { return "This attempt does not exist or belongs to someone else."; }
    }

    record QuestionRemoved() implements Refusal {
        public String message() { return "This question was removed from the bank after the attempt started."; }
    }
}
