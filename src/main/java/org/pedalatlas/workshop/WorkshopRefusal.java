package org.pedalatlas.workshop;

import org.pedalatlas.bank.NumberProblem;

/**
 * Why a workshop action was refused. Typed, so views decide by kind (which field to mark, whether to keep the send
 * button) and never by message text; the message is for people and translations only.
 */
public sealed interface WorkshopRefusal {

    String message();

    /** Refusals about the nickname, shown next to the nickname field. */
    sealed interface AboutNickname extends WorkshopRefusal {
    }

    /** Refusals that end answering the current question on this phone: sending again cannot help. */
    sealed interface QuestionClosed extends WorkshopRefusal {
    }

    record BadTitle() implements WorkshopRefusal {
        public String message() { return "Give the session a title of 1 to 120 characters."; }
    }

    record BadQuestionCount(int max) implements WorkshopRefusal {
        public String message() { return "Choose 1 to " + max + " questions."; }
    }

    record BadTimeLimit() implements WorkshopRefusal {
        public String message() { return "A time limit is 5 to 600 seconds, or none."; }
    }

    record SpeedNeedsTimeLimit() implements WorkshopRefusal {
        public String message() { return "Speed-weighted scoring needs a time limit."; }
    }

    record TooManyWrongCodes() implements WorkshopRefusal {
        public String message() { return "Too many wrong codes. Wait a minute, then check the code on the screen."; }
    }

    record NoOpenSession() implements WorkshopRefusal {
        public String message() { return "No open session has this code. Check the six digits on the screen."; }
    }

    record BadNickname(SessionRules.NicknameProblem problem) implements AboutNickname {
        public String message() { return problem.message(); }
    }

    record NicknameTaken() implements AboutNickname {
        public String message() { return "Someone here already uses this nickname. Choose another."; }
    }

    record Removed() implements QuestionClosed {
        public String message() { return "The instructor removed you from this session."; }
    }

    record NotJoined() implements WorkshopRefusal {
        public String message() { return "This phone is not joined to that session. Join again with the code."; }
    }

    record Paused() implements WorkshopRefusal {
        public String message() { return "The question is paused. Wait for the instructor."; }
    }

    record TooLate() implements QuestionClosed {
        public String message() { return "Too late: this question has closed."; }
    }

    record AlreadyAnswered() implements QuestionClosed {
        public String message() { return "You have already answered. " + SessionRules.ANSWER_RULE; }
    }

    record Unreadable(NumberProblem problem) implements WorkshopRefusal {
        public String message() { return problem.message(); }
    }

    record NotYourSession() implements WorkshopRefusal {
        public String message() { return "This session belongs to another instructor."; }
    }

    record NoSuchParticipant() implements WorkshopRefusal {
        public String message() { return "No such participant in this session."; }
    }

    record NoSuchSession() implements WorkshopRefusal {
        public String message() { return "No such session."; }
    }
}
