package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.pedalatlas.content.Question;

/** Page object for answering one question of an attempt, whatever its type. */
final class QuizPage {

    private final Page page;

    QuizPage(Page page) {
        this.page = page;
    }

    /** Gives some answer of the right shape (not necessarily right) and submits it. */
    void answerAnything(Question q) {
        assertThat(page.locator("#question-stem")).hasText(q.stem());
        switch (q.type()) {
            case SINGLE, TRUEFALSE -> page.locator("#answer-input vaadin-radio-button input").first().click();
            case MULTIPLE -> page.locator("#answer-input vaadin-checkbox input").first().click();
            case NUMERIC -> {
                Question.Numeric key = (Question.Numeric) q.key();
                page.locator("#answer-input input").fill(org.pedalatlas.content.NumberText.plain(key.value()) + " " + key.unit());
            }
            case ORDERING -> page.locator("#answer-input vaadin-button[aria-label^='Move down']").first().click();
            case MATCHING -> {
                Locator selects = page.locator("#answer-input vaadin-select");
                for (int i = 0; i < selects.count(); i++) {
                    Locator select = selects.nth(i);
                    select.click();
                    assertThat(select).hasAttribute("opened", "");
                    select.locator("vaadin-select-item[role='option']").first().click();
                    assertThat(select).not().hasAttribute("opened", "");
                }
            }
            case HOTSPOT -> page.locator("#answer-input [data-region]").first().click();
        }
        submit();
    }

    void submit() {
        page.locator("#submit-answer").click();
    }

    /** Waits for the result; in practice a first wrong try offers to show the answer, which we take. */
    void seeFeedback() {
        Locator revealOrFeedback = page.locator("#feedback, #reveal").first();
        try {
            assertThat(revealOrFeedback).isVisible();
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(
                    System.getProperty("atlas.screenshots", "target/screenshots"), "failed-feedback.png")));
            throw e;
        }
        if (page.locator("#reveal").isVisible()) {
            page.locator("#reveal").click();
        }
        assertThat(page.locator("#feedback")).isVisible();
        assertThat(page.locator("#feedback .src-section")).containsText("Source ›");
    }

    void next() {
        page.locator("#next-question").click();
    }
}
