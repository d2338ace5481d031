package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

/**
 * A phone at 360 px answers every kind of question a session can hold, by keyboard alone: the phone's screen is
 * drawn in the browser (workshop/ui/PhonePlay), so each input is checked here as a participant meets it - reached
 * with Tab, answered with keys, a bad number explained next to the field and corrected, and the answer counted.
 */
class PhoneQuestionTypesIT extends WorkshopJourney {

    @Test
    void a_phone_answers_each_question_type_by_keyboard_at_360_px() {
        List<Question> kinds = List.of(first(Question.Type.MULTIPLE), first(Question.Type.TRUEFALSE),
                first(Question.Type.NUMERIC), first(Question.Type.ORDERING), first(Question.Type.MATCHING),
                first(Question.Type.HOTSPOT));
        String code = createSession("Every kind", 300, kinds.toArray(Question[]::new));
        Page phone = join(code, "Eve", PHONE_WIDTH);
        String previous = "";
        for (int i = 0; i < kinds.size(); i++) {
            // The session keeps the bank's order: the phone's stem says which question came.
            page.keyboard().press("n");
            assertThat(phone.locator("#play-stem")).not().hasText(previous);
            assertThat(phone.locator("#send-answer")).isVisible();
            String stem = phone.locator("#play-stem").textContent();
            Question question = kinds.stream().filter(q -> q.stem().equals(stem)).findFirst().orElseThrow();
            assertThat(fitsWidth(phone)).isTrue();
            Accessibility.assertNoViolations(phone, "phone " + question.type() + " question at 360");
            switch (question.type()) {
                case MULTIPLE -> multiple(phone, question);
                case TRUEFALSE -> trueFalse(phone, question);
                case NUMERIC -> numeric(phone, question);
                case ORDERING -> ordering(phone, question);
                case MATCHING -> matching(phone, question);
                case HOTSPOT -> hotspot(phone);
                default -> throw new AssertionError(question.type());
            }
            previous = stem;
        }
    }

    private void multiple(Page phone, Question question) {
        for (Question.Option option : ((Question.MultipleChoice) question.key()).options()) {
            if (option.correct()) {
                tabTo(phone, "#answer-input label.choice:has-text(\"" + option.text() + "\") input");
                phone.keyboard().press("Space");
            }
        }
        sendAndReveal(phone, "multiple", "Right!");
    }

    private void trueFalse(Page phone, Question question) {
        tabTo(phone, "#answer-input input[type=radio]");
        phone.keyboard().press(((Question.TrueFalse) question.key()).answer() ? "Space" : "ArrowDown");
        sendAndReveal(phone, "true-false", "Right!");
    }

    private void numeric(Page phone, Question question) {
        Question.Numeric number = (Question.Numeric) question.key();
        tabTo(phone, "#answer-number");
        phone.keyboard().type("lots");
        phone.keyboard().press("Enter");
        // The server cannot read it: told beside the field, which keeps what was typed, and it can be sent again.
        assertThat(phone.locator("#answer-problem")).not().isEmpty();
        assertThat(phone.locator("#answer-number")).hasValue("lots");
        assertThat(phone.locator("#send-answer")).isEnabled();
        screenshot(phone, "phone-number-problem-360");
        Accessibility.assertNoViolations(phone, "phone number question with a problem at 360");
        phone.locator("#answer-number").press("Control+A");
        String value = number.value() == Math.rint(number.value()) ? String.valueOf((long) number.value())
                : String.valueOf(number.value());
        phone.keyboard().type(value);
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#answer-received")).containsText(value);
        reveal(phone, "Right!");
    }

    private void ordering(Page phone, Question question) {
        List<String> wanted = ((Question.Ordering) question.key()).items();
        for (int target = 0; target < wanted.size(); target++) {
            List<String> shown = phone.locator("#answer-input .ordering-text").allTextContents();
            int at = shown.indexOf(wanted.get(target));
            if (at > target) {
                tabTo(phone, "#answer-input .ordering-item:has-text(\"" + wanted.get(target) + "\") .ordering-up");
                for (int step = at; step > target; step--) {
                    // The moved item's button keeps the focus, so Enter moves it again.
                    phone.keyboard().press("Enter");
                }
            }
        }
        assertThat(phone.locator("#answer-input .ordering-text")).hasText(wanted.toArray(String[]::new));
        screenshot(phone, "phone-ordering-360");
        sendAndReveal(phone, "ordering", "Right!");
    }

    private void matching(Page phone, Question question) {
        List<Question.Pair> pairs = ((Question.Matching) question.key()).pairs();
        for (int i = 0; i < pairs.size(); i++) {
            String left = phone.locator("#matching-prompt-" + i).textContent();
            String right = pairs.stream().filter(p -> p.left().equals(left)).findFirst().orElseThrow().right();
            tabTo(phone, "#matching-" + i);
            phone.locator("#matching-" + i).selectOption(new SelectOption().setLabel(right));
        }
        sendAndReveal(phone, "matching", "Right!");
    }

    private void hotspot(Page phone) {
        // A region chosen with the keyboard: Tab into the drawing's regions, Enter chooses one.
        tabTo(phone, "#answer-input [data-region]");
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#hotspot-status")).hasText("Region chosen. Submit your answer, or choose another region.");
        tabTo(phone, "#send-answer");
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#answer-received")).isVisible();
        page.keyboard().press("r");
        assertThat(phone.locator("#play-verdict")).hasText(Pattern.compile("Right!|Not right"));
    }

    private void sendAndReveal(Page phone, String name, String verdict) {
        screenshot(phone, "phone-" + name + "-360");
        tabTo(phone, "#send-answer");
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#answer-received")).isVisible();
        // The focus goes on from the new screen's heading, not from the top of the page.
        assertThat(phone.evaluate("() => document.activeElement.tagName + ' ' + document.activeElement.className"))
                .isEqualTo("H1 question-counter");
        reveal(phone, verdict);
    }

    private void reveal(Page phone, String verdict) {
        page.keyboard().press("r");
        assertThat(phone.locator("#play-verdict")).hasText(verdict);
    }

    /** Presses Tab until the element has the focus: it must be reachable by keyboard, in at most 40 steps. */
    private static void tabTo(Page phone, String selector) {
        Locator target = phone.locator(selector).first();
        for (int i = 0; i < 40; i++) {
            if ((Boolean) target.evaluate("e => e === document.activeElement")) {
                return;
            }
            phone.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
