package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How reading feels, at desktop and phone width: every new page opens at its top (or its #anchor) with focus on its
 * heading, Back returns to where the reader was, nothing pans sideways or scrolls into blank space, tooltips stay
 * on screen and close with Escape, and axe-core passes on each page visited.
 */
class ReadingJourneyIT extends BrowserTest {

    private void width(int width) {
        if (width == PHONE_WIDTH) {
            phoneWidth();
        } else {
            page.setViewportSize(width, 800);
        }
    }

    /** A page loaded by the browser opens at its top; focus stays at the document's start, where the skip link is. */
    private void assertOpenedAtTop(String heading) {
        Locator h1 = page.locator(".page-main h1").first();
        assertThat(h1).containsText(heading);
        page.waitForFunction("() => " + CONTENT + ".scrollTop === 0");
        assertThat(scrollTop()).as("%s opens at its top", heading).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void a_new_page_opens_at_its_top_and_back_returns_to_where_the_reader_was(int width) {
        width(width);
        open("atlas/zone-2");
        assertOpenedAtTop("Zone 2");
        checkPage("zone 2 at " + width);

        // Clicking scrolls the link into view first: the reader leaves from where the link is.
        Locator onward = page.locator(".related a, .path-nav a.next").first();
        onward.scrollIntoViewIfNeeded();
        double left = scrollTop();
        assertThat(left).isPositive();
        onward.click();
        assertThat(page).not().hasURL(Pattern.compile(".*/atlas/zone-2$"));
        assertThat(page.locator(".page-main h1").first()).isFocused();
        assertThat(scrollTop()).as("the next page opens at its top").isZero();
        checkPage("page after zone 2 at " + width);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/atlas/zone-2$"));
        assertThat(page.locator(".page-main h1").first()).containsText("Zone 2");
        page.waitForFunction("y => Math.abs(" + CONTENT + ".scrollTop - y) < 3", left);
        assertThat(scrollTop()).as("Back restores the reading position").isCloseTo(left,
                org.assertj.core.data.Offset.offset(3.0));
        assertThat(page.locator(".page-main h1").first()).isFocused();

        page.goForward();
        assertThat(page).not().hasURL(Pattern.compile(".*/atlas/zone-2$"));
        page.waitForFunction("() => " + CONTENT + ".scrollTop === 0");
        screenshot("reading-back-forward-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void skip_link_is_the_first_tab_stop_and_leads_to_the_heading(int width) {
        width(width);
        open("");
        checkPage("zone map at " + width);
        page.keyboard().press("Tab");
        Locator skip = page.locator(".skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator(".page-main h1")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator(".page-main :focus")).hasCount(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void glossary_tooltip_stays_on_screen_closes_with_escape_and_leads_to_its_entry(int width) {
        width(width);
        open("atlas/vasodilators-anticoagulation");
        checkPage("vasodilators at " + width);
        Locator terms = page.locator(".page-main .gloss");
        int count = terms.count();
        assertThat(count).isPositive();
        for (int i = 0; i < count; i++) {
            Locator term = terms.nth(i);
            term.focus();
            Locator tip = term.locator(".gloss-tip");
            assertThat(tip).isVisible();
            BoundingBox box = tip.boundingBox();
            assertThat(box.x).as("tooltip %d left edge", i).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("tooltip %d right edge", i).isLessThanOrEqualTo(width);
            page.keyboard().press("Escape");
            assertThat(tip).not().isVisible();
        }
        Locator act = page.locator(".gloss[data-term='ACT']").first();
        act.focus();
        screenshot("tooltip-act-" + width);
        act.locator(".gloss-tip a").click();
        assertThat(page).hasURL(Pattern.compile(".*/glossary#act$"));
        assertThat(page.locator("#act")).isInViewport();
        assertThat(scrollTop()).isPositive();
        checkPage("glossary at " + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void a_direct_load_of_a_glossary_anchor_scrolls_to_the_entry(int width) {
        width(width);
        open("glossary#papaverine");
        assertThat(page.locator("#papaverine")).isInViewport();
        assertThat(page.locator("#papaverine")).hasClass(Pattern.compile("targeted"));
        assertThat(scrollTop()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void dose_card_fits_and_its_tables_scroll_inside_their_box(int width) {
        width(width);
        open("doses");
        assertOpenedAtTop("Drug, dose and size card");
        checkPage("doses at " + width);
        assertThat(page.locator("#sign-in")).isInViewport();
        if (width == PHONE_WIDTH) {
            Locator box = page.locator(".table-scroll").first();
            assertThat(box).hasClass(Pattern.compile("overflowing"));
            assertThat(box).hasAttribute("tabindex", "0");
            assertThat(box).hasAttribute("role", "region");
            assertThat(page.locator("#atlas-search").boundingBox().width).as("search box width").isGreaterThan(100);
        }
        screenshot("doses-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void every_kind_of_page_fits_and_passes_axe(int width) {
        width(width);
        for (String path : new String[] {"atlas/medial-plantar", "atlas/buddy-needle", "atlas/rotate-monitor-image",
                "atlas/overview", "path", "about", "search?q=papaverine", "figures", "figures/foot-zones", "trees", "quiz", "progress", "login", "signup"}) {
            // The workshop's own pages (join, play, presenter) have no atlas frame; WorkshopIT checks them.
            open(path);
            checkPage(path + " at " + width);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void signed_in_the_top_bar_still_fits_with_a_usable_search_box(int width) {
        width(width);
        signUp("reader" + System.nanoTime() % 1_000_000, "correct horse battery");
        open("doses");
        assertThat(page.locator("#sign-out")).isInViewport();
        BoundingBox search = page.locator("#atlas-search").boundingBox();
        assertThat(search.width).as("search box width").isGreaterThan(100);
        assertThat(search.x + search.width).isLessThanOrEqualTo(page.locator("#sign-out").boundingBox().x);
        checkPage("doses signed in at " + width);
        screenshot("top-bar-signed-in-" + width);
    }
}
