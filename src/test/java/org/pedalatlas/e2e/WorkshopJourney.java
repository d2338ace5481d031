package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.Question;
import org.springframework.beans.factory.annotation.Autowired;

/** What every workshop journey does: an instructor creates a session, phones join it, screens are measured. */
abstract class WorkshopJourney extends BrowserTest {

    @Autowired
    ContentStore content;

    /** The bank's first question of this type. */
    Question first(Question.Type type) {
        return content.content().questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    /** Signs in as the instructor, creates a session of these questions and reads its join code in the lobby. */
    String createSession(String title, int limitSeconds, Question... questions) {
        signInAsInstructor();
        open("workshop");
        page.locator("#session-title input").fill(title);
        for (Question question : questions) {
            pick(question);
        }
        page.locator("#session-limit input").fill(String.valueOf(limitSeconds));
        page.locator("#session-create").click();
        assertThat(page.locator("#join-code-display")).isVisible();
        return page.locator("#join-code-display").textContent().replace(" ", "");
    }

    private void pick(Question question) {
        page.locator("#question-filter input").fill(question.id());
        assertThat(page.locator("#question-picker vaadin-grid-cell-content:visible",
                new Page.LocatorOptions().setHasText(question.stem()))).hasCount(1);
        // The filter applies after a short pause: wait until only the header's and the one question's boxes show.
        Locator boxes = page.locator("#question-picker vaadin-grid-cell-content:visible vaadin-checkbox");
        page.waitForCondition(() -> boxes.count() <= 2);
        boxes.last().click();
    }

    /** A phone of this width on the join page with the code from the QR link, trying this nickname. */
    Page tryToJoin(String code, String nickname, int width) {
        Page phone = newPerson(width, 780);
        phone.navigate(url("join/" + code));
        phone.locator("#join-nickname input").fill(nickname);
        phone.locator("#join-button").click();
        return phone;
    }

    /** A phone of this width that joined as this nickname. */
    Page join(String code, String nickname, int width) {
        Page phone = tryToJoin(code, nickname, width);
        assertThat(phone.locator("#play-identity")).containsText(nickname);
        return phone;
    }

    static boolean fitsWidth(Page p) {
        return (Boolean) p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
    }

    /** Whether the element lies wholly inside the visible screen, with nothing to scroll to reach it. */
    static boolean inViewport(Page p, String selector) {
        return (Boolean) p.locator(selector).first().evaluate("e => { const r = e.getBoundingClientRect(); "
                + "return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0; }");
    }
}
