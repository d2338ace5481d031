package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A question answered wrong, then right at once and once more: due again on the days FSRS-6 says (today while it
 * is in its learning steps, then tomorrow, as {@code FsrsScheduleTest} walks it), in the browser's time zone,
 * which is 14 hours ahead of UTC here. The learner then chooses another retention.
 */
class ReviewScheduleIT extends BrowserTest {

    private static final String ZONE = "Pacific/Kiritimati";

    @Autowired
    ContentStore content;

    @Test
    void a_question_answered_wrong_then_right_at_once_is_due_when_the_reference_says() {
        useTimeZone(ZONE);
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        Question single = content.content().questions().stream().filter(q -> q.type() == Question.Type.SINGLE)
                .findFirst().orElseThrow();
        String wrong = ((Question.SingleChoice) single.key()).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().text();
        String right = ((Question.SingleChoice) single.key()).options().stream().filter(Question.Option::correct).findFirst().orElseThrow().text();

        open("quiz?questions=" + single.id());
        page.locator("#start-picked").click();
        choose(wrong);
        page.locator("#submit-answer").click();
        page.locator("#reveal").click();
        assertThat(page.locator("#feedback")).containsText("Not correct");

        open("progress");
        assertThat(page.locator("#review-today")).hasText("1 question to review today.");
        assertThat(page.locator("#review-forecast li").first()).hasAttribute("data-date", today.toString());
        assertThat(page.locator("#reviews")).containsText("(" + ZONE + ")");

        reviewAndAnswer(single, right);
        open("progress");
        // in its second learning step, ten minutes away: still today
        assertThat(page.locator("#review-today")).hasText("1 question to review today.");

        reviewAndAnswer(single, right);
        open("progress");
        assertThat(page.locator("#review-today")).hasText("Nothing to review today.");
        assertThat(page.locator("#review-forecast li[data-date='" + today.plusDays(1) + "'] .count")).hasText("1");
        assertThat(page.locator("#review-retention")).containsText("90 %");
        screenshot("progress-reviews-wide");

        Locator retention = page.locator("#review-retention");
        retention.locator("vaadin-select-value-button").click();
        assertThat(retention).hasAttribute("opened", "");
        retention.locator("vaadin-select-item[role='option']", new Locator.LocatorOptions().setHasText("85 %")).click();
        assertThat(retention).not().hasAttribute("opened", "");
        open("progress");
        assertThat(page.locator("#review-retention")).containsText("85 %");
        phoneWidth();
        assertThat(page.locator("#review-forecast")).isVisible();
        org.assertj.core.api.Assertions.assertThat(fitsWidth()).isTrue();
        screenshot("progress-reviews-phone");
    }

    private void reviewAndAnswer(Question q, String right) {
        open("quiz");
        assertThat(page.locator("#review-due")).hasText("Review 1 due question");
        page.locator("#review-due").click();
        assertThat(page.locator("#question-stem")).hasText(q.stem());
        choose(right);
        page.locator("#submit-answer").click();
        assertThat(page.locator("#feedback")).isVisible();
    }

    private void choose(String option) {
        page.locator("#answer-input vaadin-radio-button", new Page.LocatorOptions().setHasText(option)).first().click();
    }
}
