package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.PageView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text before JavaScript (base/ui/FirstPaint): a reader on a slow phone reads a page's opening while Vaadin's client
 * is still loading, with the disclaimer; when the client has drawn the page, the opening is gone and the text sits
 * exactly where it was, so nothing jumps sideways and nothing is shown twice.
 */
class FirstPaintIT extends BrowserTest {

    @Autowired
    AtlasService atlas;

    private void size(int width) {
        if (width == PHONE_WIDTH) {
            phoneWidth();
        } else {
            page.setViewportSize(width, 800);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void an_atlas_page_can_be_read_before_its_scripts_and_stays_in_place_when_they_arrive(int width) {
        PageView buddy = atlas.page("buddy-needle").orElseThrow();
        Page plain = withoutJavaScript(width, width == PHONE_WIDTH ? 780 : 800);
        plain.navigate(url("atlas/buddy-needle"));
        assertThat(plain.locator("h1")).hasText(buddy.title());
        assertThat(plain.locator(".lead")).hasText(buddy.summary());
        assertThat(plain.locator(".prose .para").first()).isVisible();
        assertThat(plain.locator("footer.disclaimer")).containsText("not a substitute for clinical judgement");
        assertThat(plain.locator(".edu-badge")).hasCount(1);
        BoundingBox before = plain.locator(".lead").boundingBox();
        assertThat(plain.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1")).isEqualTo(true);
        screenshot(plain, "first-paint-buddy-needle-no-js-" + width);

        size(width);
        open("atlas/buddy-needle");
        assertThat(page.locator("#first-paint")).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main")).hasCount(1);
        BoundingBox after = page.locator("#main-content .lead").boundingBox();
        assertThat(after.x).as("the lead's left edge").isCloseTo(before.x, within(1.0));
        assertThat(after.width).as("the lead's width").isCloseTo(before.width, within(1.0));
        assertThat(after.height).as("the lead's height").isCloseTo(before.height, within(1.0));
        checkPage("buddy needle after its opening at " + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void the_zone_map_the_quiz_and_the_join_page_open_with_their_words(int width) {
        Page plain = withoutJavaScript(width, 800);
        plain.navigate(url(""));
        assertThat(plain.locator("h1")).hasText("Below-the-ankle puncture zones");
        assertThat(plain.locator(".zone-map-page .lead")).containsText("The source therefore sorts BTA punctures");
        screenshot(plain, "first-paint-zone-map-no-js-" + width);
        plain.navigate(url("quiz"));
        assertThat(plain.locator("h1")).hasText("Test yourself");
        assertThat(plain.locator(".quiz-home p")).containsText("questions, each answerable from the source review alone");
        plain.navigate(url("join/123456"));
        assertThat(plain.locator("h1")).hasText("Join the workshop");
        assertThat(plain.locator(".hall-disclaimer")).containsText("not a substitute for clinical judgement");
        assertThat(plain.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1")).isEqualTo(true);
        screenshot(plain, "first-paint-join-no-js-" + width);

        size(width);
        page.navigate(url("join/123456"));
        assertThat(page.locator("#join-code input")).hasValue("123456");
        assertThat(page.locator("#first-paint")).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        // A page without an opening of its own (the glossary) starts as it always did.
        open("glossary");
        assertThat(page.locator("#first-paint")).hasCount(0);
    }

    /**
     * On a slow line a reader may scroll on before the client arrives: the client is held back here until the reader
     * has scrolled, and then the block they were reading must stay where it was on the screen.
     */
    @Test
    void a_reader_who_scrolled_the_opening_keeps_their_place_when_the_page_takes_over() {
        phoneWidth();
        Route[] held = new Route[1];
        page.route("**/VAADIN/build/indexhtml-*.js", route -> held[0] = route);
        page.navigate(url("atlas/buddy-needle"));
        page.waitForCondition(() -> held[0] != null);
        assertThat(page.locator("#main-content")).hasCount(0);

        Locator reading = page.locator("#first-paint .prose > *").nth(3);
        page.evaluate("b => window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - 120)",
                reading.elementHandle());
        double top = reading.boundingBox().y;
        String text = reading.textContent().strip();
        assertThat(top).isCloseTo(120, within(2.0));

        held[0].resume();
        page.waitForSelector("#main-content");
        page.waitForFunction("() => " + CONTENT + ".scrollTop > 0");
        Locator same = page.locator("#main-content .prose > *").nth(3);
        assertThat(same.textContent().strip()).isEqualTo(text);
        assertThat(same.boundingBox().y).as("the block read before the client came, on the screen after")
                .isCloseTo(top, within(2.0));
    }
}
