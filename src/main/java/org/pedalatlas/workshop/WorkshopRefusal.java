package org.pedalatlas.workshop;

import org.pedalatlas.bank.NumberProblem;

/**
 * Why a workshop action was refused. Typed, so views decide by kind (which field to mark, whether to keep the send
 * button) and never by message text; the message is for people and translations only. Most reasons carry no data
 * ({@link Reason}); the others carry what their message needs.
 */
public sealed interface WorkshopRefusal {

    String message();

    /** Whether it is about the nickname, to be shown next to the nickname field. */
    default boolean aboutNickname() {
        return false;
    }

    /** Whether it is about the code typed (wrong, or typed too often wrong), to be shown next to the code field. */
    default boolean aboutCode() {
        return false;
    }

    /** Whether answering the current question is over for this phone: sending again cannot help. */
    default boolean closesQuestion() {
        return false;
    }

    enum Reason implements WorkshopRefusal {
        BAD_TITLE("Give the session a title of 1 to 120 characters."),
        BAD_TIME_LIMIT("A time limit is 5 to 600 seconds, or none."),
        SPEED_NEEDS_TIME_LIMIT("Speed-weighted scoring needs a time limit."),
        TOO_MANY_WRONG_CODES("Too many wrong codes. Wait a minute, then check the code on the screen."),
        NO_OPEN_SESSION("No open session has this code. Check the six digits on the screen."),
        NICKNAME_TAKEN("Someone here already uses this nickname. Choose another."),
        NICKNAME_LOOKS_LIKE("This looks the same as a nickname already in this session. Choose another."),
        SESSION_LOCKED("This session is closed to new participants."),
        BAD_CAP("A participant cap is a whole number from 1 to " + SessionRules.CAP_MAX + ", or empty for no cap."),
        REMOVED("The instructor removed you from this session."),
        NOT_JOINED("This phone is not joined to that session. Join again with the code."),
        PAUSED("The question is paused. Wait for the instructor."),
        TOO_LATE("Too late: this question has closed."),
        ALREADY_ANSWERED("You have already answered. " + SessionRules.ANSWER_RULE),
        NOT_YOUR_SESSION("This session belongs to another instructor."),
        NO_SUCH_PARTICIPANT("No such participant in this session."),
        NO_SUCH_SESSION("No such session.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        @Override
        public boolean aboutNickname() {
            return this == NICKNAME_TAKEN || this == NICKNAME_LOOKS_LIKE;
        }

        @Override
        public boolean aboutCode() {
            return this == TOO_MANY_WRONG_CODES || this == NO_OPEN_SESSION;
        }

        @Override
        public boolean closesQuestion() {
            return this == TOO_LATE || this == ALREADY_ANSWERED || this == REMOVED;
        }
    }

    record BadQuestionCount(int max) implements WorkshopRefusal {
        public String message() {
            return "Choose 1 to " + max + " questions.";
        }
    }

    /** The session has reached the participant cap its instructor set. */
    record SessionFull(int cap) implements WorkshopRefusal {
        public String message() {
            return "This session is full (" + cap + " participants).";
        }
    }

    record BadNickname(SessionRules.NicknameProblem problem) implements WorkshopRefusal {
        public String message() {
            return problem.message();
        }

        @Override
        public boolean aboutNickname() {
            return true;
        }
    }

    record Unreadable(NumberProblem problem) implements WorkshopRefusal {
        public String message() {
            return problem.message();
        }
    }
}
