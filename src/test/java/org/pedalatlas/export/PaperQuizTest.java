package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.base.ui.MainLayout;
import org.pedalatlas.content.Question;

class PaperQuizTest {

    private static final List<Question> BANK = RealBank.CONTENT.questions();
    private static final PaperQuiz PAPER = new PaperQuiz(RealBank.CONTENT);
    private static final byte[] QUIZ_PDF = PAPER.quiz(BANK, "the whole bank");
    private static final PdfText QUIZ = PdfText.of(QUIZ_PDF);
    private static final PdfText KEY = PdfText.of(PAPER.key(BANK, "the whole bank"));

    @Test
    void every_question_of_the_set_is_on_the_quiz_and_on_the_key() {
        PdfText.savePages(QUIZ_PDF, "paper-quiz", 80);
        for (Question q : BANK) {
            assertThat(QUIZ.compact()).as(q.id()).contains(PdfText.compact(q.stem()));
            assertThat(KEY.compact()).as(q.id()).contains(PdfText.compact(q.stem()));
        }
    }

    @Test
    void every_right_answer_and_explanation_is_on_the_key_only() {
        for (Question q : BANK) {
            String answer = PdfText.compact("Answer: " + PAPER.answer(q));
            assertThat(KEY.compact()).as(q.id()).contains(answer).contains(PdfText.compact(q.explanation()));
            assertThat(QUIZ.compact()).as(q.id()).doesNotContain(answer).doesNotContain(PdfText.compact(q.explanation()));
        }
        assertThat(QUIZ.text()).doesNotContain("Answer key");
    }

    @Test
    void a_choice_question_shows_its_options_lettered_in_the_order_the_key_names() {
        Question single = BANK.stream().filter(q -> q.key() instanceof Question.SingleChoice).findFirst().orElseThrow();
        String answer = PAPER.answer(single);
        // "B. text" on the key is "B. text" on the quiz: the two documents share the shuffled order.
        assertThat(QUIZ.compact()).contains(PdfText.compact(answer));
    }

    @Test
    void both_carry_the_disclaimer_the_content_version_and_tags() {
        for (PdfText pdf : List.of(QUIZ, KEY)) {
            assertThat(pdf.compact()).contains(PdfText.compact(MainLayout.DISCLAIMER));
            assertThat(pdf.text()).contains("Content version " + RealBank.CONTENT.version());
            assertThat(pdf.tagged()).isTrue();
            assertThat(pdf.hasStructureTree()).isTrue();
            assertThat(pdf.language()).isEqualTo("en");
            assertThat(pdf.unembeddedFonts()).isEmpty();
        }
        assertThat(QUIZ.title()).startsWith("Paper quiz");
        assertThat(KEY.title()).startsWith("Answer key");
    }
}
