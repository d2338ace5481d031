package org.pedalatlas.bank;

import java.util.List;

import org.pedalatlas.content.PageRef;
import org.pedalatlas.content.Question;

/** The question bank's public records. None of them carries an answer key before the answer is revealed. */
public final class BankRecords {

    private BankRecords() {
    }

    /** A question as it is shown at a position of a set of {@code total}, in a given shuffle. */
    public record QuestionView(String questionId, int position, int total, String stem, Prompt prompt) {
    }

    /** A bank entry, for choosing and filtering questions and for progress. */
    public record BankEntry(String id, Question.Type type, int difficulty, String stem, List<Integer> zones,
                            List<String> topics, List<PageRef> pages) {
    }

    /** One option after answering: whether it was right, whether the learner chose it, and why. */
    public record OptionLine(String text, boolean correct, boolean chosen, String why) {
    }

    /**
     * A question's key and teaching, shown once it is answered or revealed: the key in words, the explanation, why
     * each option is right or wrong, the source passage and the atlas pages that teach it.
     */
    public record Reveal(String correctAnswer, String explanation, List<OptionLine> options, String sourceLabel,
                         String sourcePassage, List<PageRef> read) {

        public List<String> pageIds() {
            return read.stream().map(PageRef::id).toList();
        }
    }

    /** Asked for a question the bank does not hold (removed from content after it was chosen). */
    public static final class UnknownQuestion extends RuntimeException {
        private final String questionId;

        public UnknownQuestion(String questionId) {
            super("No question " + questionId + " in the bank");
            this.questionId = questionId;
        }

        public String questionId() {
            return questionId;
        }
    }
}
