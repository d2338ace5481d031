package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/** Walking decision trees by mouse and keyboard, deep links, the overview map and a scored case. */
class DecisionTreeIT extends BrowserTest {

    private static final String WIRE = "trees/wire-wont-advance";

    private Locator title() {
        return page.locator("#node-title");
    }

    /** A picture of one element: the app scrolls inside its layout, so a full-page shot shows only the viewport. */
    private void shot(Locator element, String name) {
        element.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Path.of(
                System.getProperty("atlas.screenshots", "target/screenshots")).resolve(name + ".png")));
    }

    private void choose(String label) {
        page.locator("vaadin-button.choice", new com.microsoft.playwright.Page.LocatorOptions().setHasText(label))
                .click();
    }

    @Test
    void tree_4_walked_by_clicks_with_a_repeat_loop_back_restart_and_an_end_screen() {
        open("trees");
        assertThat(page.locator(".tree-card")).hasCount(6 + 3);
        screenshot("trees-list");
        page.locator("#tree-card-wire-wont-advance h2 a").click();
        assertThat(title()).hasText("Is the arterial back-bleeding from the needle convincing?");
        assertThat(page.locator("#tree-back")).isDisabled();
        choose("Yes, but the wire does not enter");
        assertThat(title()).hasText("Flatten the entry angle");
        choose("Still blocked");
        assertThat(title()).hasText("Rotate the needle tip gently clockwise");
        choose("Still blocked");
        assertThat(title()).containsText("Toc-toc");
        choose("It does not engage");
        assertThat(title()).hasText("Withdraw the needle 1 mm and repeat the toc-toc");
        choose("Repeat the toc-toc");
        assertThat(title()).containsText("Toc-toc");
        page.locator("#tree-back").click();
        assertThat(title()).hasText("Withdraw the needle 1 mm and repeat the toc-toc");
        choose("Repeat the toc-toc");
        assertThat(page.locator(".tree-path li")).hasCount(6);
        screenshot("tree-step-desktop");
        choose("The wire engages the lumen and progresses smoothly");
        assertThat(title()).hasText("The wire is in the lumen");
        assertThat(page).hasURL(Pattern.compile(
                ".*/trees/wire-wont-advance/wire-in\\?path=back-bleeding\\.flatten\\.rotate-bevel\\.toc-toc\\.withdraw-1mm\\.toc-toc\\.wire-in$"));
        Locator end = page.locator("#tree-end");
        assertThat(end).containsText("Your path through the tree");
        assertThat(end.locator("ol li")).hasCount(7);
        assertThat(end.locator(".node-pages a")).containsText(new String[] {"Getting the wire in", "Choosing the wire",
                "Track dissection with a mosquito forceps"});
        shot(end, "tree-end-desktop");
        page.locator("#tree-restart").click();
        assertThat(title()).hasText("Is the arterial back-bleeding from the needle convincing?");
        assertThat(page.locator(".tree-path li")).hasCount(1);
    }

    @Test
    void a_deep_link_survives_a_reload_and_a_bad_path_gets_a_friendly_message() {
        open(WIRE + "/toc-toc?path=back-bleeding.flatten.rotate-bevel.toc-toc");
        assertThat(title()).containsText("Toc-toc");
        page.reload();
        assertThat(title()).containsText("Toc-toc");
        assertThat(page.locator(".tree-path li")).hasCount(4);
        page.locator("#tree-back").click();
        assertThat(page).hasURL(Pattern.compile(".*/rotate-bevel\\?path=back-bleeding\\.flatten\\.rotate-bevel$"));

        open(WIRE + "/wire-in?path=back-bleeding.wire-in");
        assertThat(page.locator("#tree-bad-path")).containsText("No choice at");
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("tree-bad-path");
        page.locator("#tree-bad-path a").click();
        assertThat(title()).hasText("Is the arterial back-bleeding from the needle convincing?");

        page.navigate(url("trees/no-such-tree"));
        assertThat(page.locator("#not-found h1")).isVisible();
    }

    @Test
    void the_overview_map_highlights_the_current_node_and_its_nodes_lead_there() {
        open(WIRE + "/flatten?path=back-bleeding.flatten");
        page.locator("#tree-map vaadin-details-summary").click();
        Locator map = page.locator("svg.tree-map");
        assertThat(map).isVisible();
        assertThat(map.locator("a.map-node")).hasCount(10);
        assertThat(page.locator("#map-flatten")).hasAttribute("aria-current", "step");
        assertThat(map.locator(".map-label").first()).isAttached();
        assertThat(map.locator(".map-label")).not().hasCount(0);
        assertThat(map.locator(".map-labels")).containsText("The wire is out");
        shot(page.locator("#tree-map"), "tree-map-desktop");
        checkPage("tree with its map open");
        page.evaluate("() => { window.__sameDocument = true; }");
        page.locator("#map-looped-wire").click();
        assertThat(title()).hasText("Rotate the needle to retract the wire");
        assertThat(page.evaluate("() => window.__sameDocument === true")).as("no full page reload").isEqualTo(true);
        assertThat(page).hasURL(Pattern.compile(".*/trees/wire-wont-advance/looped-wire.*"));
        assertThat(page.locator(".tree-path li")).hasCount(5);
        choose("The wire is out: inspect it");
        assertThat(page.locator("#map-inspect-wire")).hasAttribute("aria-current", "step");
        assertThat(page.locator("svg.tree-map")).isVisible();
    }

    @Test
    void a_tree_can_be_walked_with_the_keyboard_only() {
        open(WIRE);
        assertThat(title()).hasText("Is the arterial back-bleeding from the needle convincing?");
        page.keyboard().press("2");
        assertThat(title()).hasText("Flatten the entry angle");
        assertThat(title()).isFocused();
        page.keyboard().press("2");
        assertThat(title()).hasText("Rotate the needle tip gently clockwise");
        page.keyboard().press("Backspace");
        assertThat(title()).hasText("Flatten the entry angle");
        page.keyboard().press("1");
        assertThat(title()).hasText("The wire is in the lumen");
        page.keyboard().press("Tab");
        assertThat(page.locator("body")).not().containsText("Exception");
    }

    @Test
    void presenter_mode_and_a_phone_show_the_same_walk() {
        open(WIRE + "/toc-toc?path=back-bleeding.flatten.rotate-bevel.toc-toc&present");
        assertThat(page.locator(".tree-present")).isVisible();
        screenshot("tree-presenter");
        choose("It does not engage");
        assertThat(page).hasURL(Pattern.compile(".*withdraw-1mm\\?path=.*&present.*"));
        phoneWidth();
        open(WIRE + "/toc-toc?path=back-bleeding.flatten.rotate-bevel.toc-toc");
        assertThat(title()).containsText("Toc-toc");
        assertThat(fitsWidth()).as("no horizontal scrolling at 360 px").isTrue();
        screenshot("tree-step-phone");
        page.locator("#tree-map vaadin-details-summary").click();
        assertThat(fitsWidth()).as("the map scrolls inside its frame").isTrue();
        assertThat(page.locator(".tree-map-scroll")).hasClass(Pattern.compile("overflowing"));
        checkPage("tree map at 360 px");
        shot(page.locator("#tree-map"), "tree-map-phone");
    }

    @Test
    void a_scored_case_is_played_to_its_end_and_its_score_is_listed() {
        open("trees");
        page.locator("#case-card-arch-or-metatarsal h2 a").click();
        assertThat(page.locator("h1")).hasText("Plantar arch or first metatarsal artery?");
        choose("The plantar arch");
        assertThat(page.locator("#case-feedback")).containsText("Acceptable");
        assertThat(page.locator("#case-feedback")).containsText("entire foot");
        assertThat(page.locator("#case-score")).hasText("Score 1 of 2");
        screenshot("case-feedback-desktop");
        page.reload();
        assertThat(page.locator("#case-score")).hasText("Score 1 of 2");
        choose("An AP view with a craniocaudal tilt of the tube");
        choose("Puncture under plain X-ray on the calcification");
        choose("A 0.014″ platform");
        choose("Toc-toc; if it does not engage");
        phoneWidth();
        choose("Endoclamping with a 1:1-sized balloon");
        assertThat(page.locator("#case-final-score")).hasText("Case complete: 11 of 12 points");
        assertThat(page.locator("#case-end")).containsText("5 best, 1 acceptable, 0 harmful");
        assertThat(fitsWidth()).isTrue();
        shot(page.locator("#case-end"), "case-end-phone");
        open("trees");
        assertThat(page.locator("#case-card-arch-or-metatarsal")).containsText("Your best: 11 of 12");
    }

    @Test
    void a_signed_in_learners_case_result_is_kept_and_shown_on_progress() {
        String username = "caser" + System.nanoTime() % 1_000_000;
        signUp(username, "correct horse battery");
        open("cases/arch-or-metatarsal");
        choose("The plantar arch");
        choose("An AP view with a craniocaudal tilt of the tube");
        choose("Puncture under plain X-ray on the calcification");
        choose("A 0.014″ platform");
        choose("Toc-toc; if it does not engage");
        choose("Endoclamping with a 1:1-sized balloon");
        assertThat(page.locator("#case-final-score")).hasText("Case complete: 11 of 12 points");

        // Another browser, so nothing comes from the first one's session: the result is in the database.
        page = newPerson(1280, 900);
        signIn(username, "correct horse battery");
        open("progress");
        assertThat(page.locator("#case-results")).containsText("Plantar arch or first metatarsal artery?");
        assertThat(page.locator("#case-results")).containsText("best 11 of 12 points, 1 play");
        checkPage("progress with a case result");
        open("trees");
        assertThat(page.locator("#case-card-arch-or-metatarsal")).containsText("Your best: 11 of 12");
    }
}
