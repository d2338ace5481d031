package org.pedalatlas.workshop;

import org.pedalatlas.base.Words;

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
        BAD_TITLE,
        BAD_TIME_LIMIT,
        SPEED_NEEDS_TIME_LIMIT,
        TOO_MANY_WRONG_CODES,
        NO_OPEN_SESSION,
        NICKNAME_TAKEN,
        NICKNAME_LOOKS_LIKE,
        SESSION_LOCKED,
        BAD_CAP,
        REMOVED,
        NOT_JOINED,
        PAUSED,
        TOO_LATE,
        ALREADY_ANSWERED,
        NOT_YOUR_SESSION,
        NO_SUCH_PARTICIPANT,
        NO_SUCH_SESSION;

        public String message() {
            String key = "workshop.refusal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return this == BAD_CAP ? Words.get(key, String.valueOf(SessionRules.CAP_MAX)) : Words.get(key);
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
            return Words.get("workshop.refusal.question-count", max);
        }
    }

    /** The session has reached the participant cap its instructor set. */
    record SessionFull(int cap) implements WorkshopRefusal {
        public String message() {
            return Words.get("workshop.refusal.session-full", cap);
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
