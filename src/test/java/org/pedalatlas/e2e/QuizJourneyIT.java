package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.springframework.beans.factory.annotation.Autowired;

/** A guest practises every question type, signs up, keeps the attempt; an exam with certainty marking. */
class QuizJourneyIT extends BrowserTest {

    @Autowired
    ContentStore content;

    private List<Question> oneOfEachType() {
        List<Question> picked = new ArrayList<>();
        for (Question.Type type : Question.Type.values()) {
            content.content().questions().stream().filter(q -> q.type() == type).findFirst().ifPresent(picked::add);
        }
        return picked;
    }

    @Test
    void guest_practises_every_question_type_then_signs_up_and_keeps_the_attempt() {
        List<Question> picked = oneOfEachType();
        assertThat(picked).hasSizeGreaterThanOrEqualTo(6);
        open("quiz?questions=" + String.join(",", picked.stream().map(Question::id).toList()));
        page.locator("#start-picked").click();
        QuizPage quiz = new QuizPage(page);
        for (int i = 0; i < picked.size(); i++) {
            assertThat(page.locator("#attempt-progress")).hasText("Question " + (i + 1) + " of " + picked.size());
            quiz.answerAnything(picked.get(i));
            quiz.seeFeedback();
            if (i == 0) {
                screenshot("quiz-practice-feedback");
            }
            quiz.next();
        }
        assertThat(page.locator("#attempt-score")).containsText("over " + picked.size() + " questions");
        screenshot("quiz-practice-results");

        String username = "learner" + System.nanoTime() % 1_000_000;
        page.locator("a[href='signup']").first().click();
        page.locator("#signup-username input").fill(username);
        page.locator("#signup-password input").fill("correct horse battery");
        page.locator("#signup-repeat input").fill("correct horse battery");
        page.locator("#signup-create").click();
        // Sign-up signs the learner in: no second trip through the sign-in form.
        assertThat(page.locator(".account-name")).hasText(username);
        open("progress");
        assertThat(page.locator("#progress-summary")).containsText(picked.size() + " questions answered in 1 attempt.");
        assertThat(page.locator("#attempt-history li")).hasCount(1);
        assertThat(page.locator(".account-name")).hasText(username);
        screenshot("progress-after-signup");
    }

    @Test
    void a_bad_number_is_explained_next_to_the_field_and_nothing_is_lost() {
        Question numeric = content.content().questions().stream().filter(q -> q.type() == Question.Type.NUMERIC)
                .findFirst().orElseThrow();
        open("quiz?questions=" + numeric.id());
        page.locator("#start-picked").click();
        page.locator("#answer-input input").fill("about two hundred");
        page.locator("#submit-answer").click();
        assertThat(page.locator("#answer-input")).hasAttribute("invalid", "");
        assertThat(page.locator("#answer-input")).containsText("digits");
        assertThat(page.locator("#answer-input input")).hasValue("about two hundred");
        screenshot("quiz-numeric-problem");
    }

    @Test
    void exam_with_certainty_based_marking_ends_in_a_review_screen() {
        phoneWidth();
        open("quiz");
        page.locator("#quiz-mode vaadin-radio-button").nth(1).click();
        page.locator("#quiz-count input").fill("3");
        page.locator("#quiz-cbm").click();
        page.locator("#quiz-start").click();
        QuizPage quiz = new QuizPage(page);
        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#attempt-progress")).containsText("Question " + (i + 1) + " of 3");
            String stem = page.locator("#question-stem").textContent();
            Question q = content.content().questions().stream().filter(x -> x.stem().equals(stem)).findFirst().orElseThrow();
            page.locator("#certainty vaadin-radio-button").nth(2).click();
            quiz.answerAnything(q);
            assertThat(page.locator(".saved")).containsText("Answer saved");
            assertThat(page.locator("#feedback")).hasCount(0);
            if (i == 0) {
                assertThat(fitsWidth()).isTrue();
                screenshot("quiz-exam-phone");
            }
            quiz.next();
        }
        assertThat(page.locator("#attempt-score")).isVisible();
        assertThat(page.locator("#attempt-marks")).containsText("Certainty-based marks");
        assertThat(page.locator(".review-item")).hasCount(3);
        screenshot("quiz-exam-review-phone");
    }

    @Test
    void a_missed_question_comes_back_in_a_review_session() {
        Question single = content.content().questions().stream().filter(q -> q.type() == Question.Type.SINGLE)
                .findFirst().orElseThrow();
        String wrong = ((Question.SingleChoice) single.key()).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().text();
        open("quiz?questions=" + single.id());
        page.locator("#start-picked").click();
        page.locator("#answer-input vaadin-radio-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText(wrong))
                .first().click();
        page.locator("#submit-answer").click();
        page.locator("#reveal").click();
        assertThat(page.locator("#feedback")).containsText("Not correct");
        open("quiz");
        assertThat(page.locator("#review-due")).hasText("Review 1 due question");
        page.locator("#review-due").click();
        assertThat(page.locator("#question-stem")).hasText(single.stem());
        assertThat(page.locator(".attempt-header")).containsText("Review");
        screenshot("quiz-review-due");
    }

    @Test
    void answer_key_and_explanations_never_reach_the_browser_before_submission() {
        Question single = content.content().questions().stream().filter(q -> q.type() == Question.Type.SINGLE)
                .findFirst().orElseThrow();
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        page.onResponse(r -> {
            try {
                if (r.url().contains("v-r=") || r.url().endsWith("/")) {
                    received.add(r.text());
                }
            } catch (RuntimeException ignored) {
                // a response without a body (redirect) carries nothing
            }
        });
        page.onWebSocket(ws -> ws.onFrameReceived(f -> received.add(Optional.ofNullable(f.text()).orElse(""))));
        open("quiz?questions=" + single.id());
        page.locator("#start-picked").click();
        assertThat(page.locator("#question-stem")).hasText(single.stem());
        String before = String.join("\n", received);
        assertThat(before).contains(jsonEscaped(((Question.SingleChoice) single.key()).options().getFirst().text()));
        assertThat(before).doesNotContain(jsonEscaped(single.explanation()));
        for (Question.Option o : ((Question.SingleChoice) single.key()).options()) {
            assertThat(before).doesNotContain(jsonEscaped(o.why()));
        }
        assertThat(page.content()).doesNotContain(single.explanation());
        new QuizPage(page).answerAnything(single);
        new QuizPage(page).seeFeedback();
        assertThat(page.locator("#feedback")).containsText(single.explanation());
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
