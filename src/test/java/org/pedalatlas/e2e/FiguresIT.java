package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureRecords.FigureDetail;
import org.pedalatlas.figures.FigureService;
import org.springframework.beans.factory.annotation.Autowired;

class FiguresIT extends BrowserTest {

    @Autowired
    FigureService figures;

    private Locator drawing() {
        return page.locator(".figure-viewport");
    }

    @Test
    void gallery_leads_to_a_figure_whose_layers_zoom_and_hotspots_work() {
        open("figures");
        assertThat(page.locator("#figure-card-foot-zones")).isVisible();
        screenshot("figures-gallery");
        page.locator("#figure-card-foot-zones a").click();
        assertThat(page).hasURL(Pattern.compile(".*/figures/foot-zones$"));
        assertThat(page.locator("h1")).hasText("The three puncture zones of the foot");
        assertThat(drawing().locator("svg [data-hotspot]")).hasCount(9);

        Locator zones = drawing().locator("[data-layer='zones']");
        assertThat(zones).isVisible();
        page.locator("#layer-zones input").click();
        assertThat(zones).isHidden();
        page.locator("#layer-zones input").click();
        assertThat(zones).isVisible();

        drawing().focus();
        page.keyboard().press("+");
        page.keyboard().press("+");
        assertThat(drawing()).hasAttribute("data-zoom", "1.56");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("0");
        assertThat(drawing()).hasAttribute("data-zoom", "1.00");
        screenshot("figure-foot-zones-desktop");

        Locator dp = drawing().locator("[data-hotspot='dorsalis-pedis-artery']");
        assertThat(dp).hasAttribute("role", "link");
        assertThat(dp).hasAttribute("aria-label", "Dorsalis pedis artery");
        dp.focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/atlas/dorsalis-pedis$"));
        assertThat(page.locator(".vessel-card")).isVisible();
        // The figure that teaches the page is shown in place, with its viewer, and links to its own page.
        Locator inPlace = page.locator("#inline-figure");
        assertThat(inPlace).containsText("The three puncture zones of the foot");
        assertThat(inPlace.locator(".figure-viewport svg")).isVisible();
        inPlace.scrollIntoViewIfNeeded();
        inPlace.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(
                java.nio.file.Path.of(System.getProperty("atlas.screenshots", "target/screenshots"), "atlas-page-figure.png")));
        checkPage("dorsalis pedis with its figure");
        inPlace.locator("a[href^='figures/']").click();
        assertThat(page).hasURL(Pattern.compile(".*/figures/.+$"));
    }

    @Test
    void the_wheel_over_a_figure_on_an_atlas_page_scrolls_the_page_and_zooms_only_with_ctrl() {
        page.setViewportSize(1280, 800);
        open("atlas/dorsalis-pedis");
        Locator svg = page.locator("#inline-figure .figure-viewport svg");
        svg.scrollIntoViewIfNeeded();
        var box = svg.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        double before = scrollTop();
        page.mouse().wheel(0, 300);
        page.waitForFunction("y => " + CONTENT + ".scrollTop > y", before);
        assertThat(page.locator("#inline-figure .figure-viewport")).hasAttribute("data-zoom", "1.00");
        box = svg.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.keyboard().down("Control");
        page.mouse().wheel(0, -100);
        page.keyboard().up("Control");
        assertThat(page.locator("#inline-figure .figure-viewport")).not().hasAttribute("data-zoom", "1.00");
    }

    @Test
    void arrows_step_a_figure_with_steps_when_the_drawing_has_focus_and_its_sources_are_listed_once() {
        open("figures/balloon-assisted-puncture");
        checkPage("balloon-assisted puncture figure");
        drawing().focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#step-counter")).containsText("3 of 8");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#step-counter")).containsText("2 of 8");
        assertThat(drawing()).hasAttribute("data-zoom", "1.00");
        java.util.List<String> sections = page.locator(".figure-sources li").allTextContents().stream()
                .map(t -> t.replaceAll("\\s*§.*", "").strip()).toList();
        assertThat(sections).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void the_self_test_name_field_is_in_view_with_the_drawing_at_800_px_height() {
        page.setViewportSize(1280, 800);
        open("figures/foot-zones");
        page.locator("#self-test-toggle").click();
        Locator name = page.locator("#self-test-name");
        assertThat(name).isVisible();
        page.waitForTimeout(300);
        var field = name.boundingBox();
        assertThat(field.y + field.height).as("name field bottom").isLessThanOrEqualTo(800);
        assertThat(drawing().locator("svg").boundingBox().y).as("drawing top").isGreaterThanOrEqualTo(0);
        checkPage("figure self-test");
        screenshot("figure-self-test-800");
    }

    @Test
    void label_self_test_scores_a_right_and_a_wrong_answer() {
        open("figures/foot-zones");
        Locator label = drawing().locator("[data-label-for='first-metatarsal-artery']");
        assertThat(label).isVisible();
        page.locator("#self-test-toggle").click();
        assertThat(page.locator("#self-test-score")).hasText("Score: 0 of 9");
        assertThat(label).isHidden();
        assertThat(page.locator(".hotspot-list")).isHidden();
        assertThat(drawing().locator("[data-hotspot='first-metatarsal-artery']")).hasAttribute("aria-label",
                Pattern.compile("Region \\d+"));

        drawing().locator("[data-hotspot='first-metatarsal-artery']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#self-test-selection")).containsText("Region selected");
        page.locator("#self-test-name input").fill("first metatarsal");
        page.locator("#self-test-check").click();
        assertThat(page.locator("#self-test-feedback")).containsText("Right");
        assertThat(label).isVisible();

        drawing().locator("[data-hotspot='tarsal-artery']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#self-test-selection")).containsText("Region selected");
        page.locator("#self-test-name input").fill("medial plantar");
        page.locator("#self-test-check").click();
        assertThat(page.locator("#self-test-feedback")).containsText("this is the Tarsal artery");
        assertThat(page.locator("#self-test-score")).hasText("Score: 1 of 9 (1 missed)");
        screenshot("figure-self-test");
    }

    @Test
    void figure_fits_a_phone() {
        phoneWidth();
        open("figures/foot-zones");
        assertThat(drawing().locator("svg")).isVisible();
        assertThat(fitsWidth()).as("no horizontal scrolling at 360 px").isTrue();
        screenshot("figure-foot-zones-phone");
    }

    @Test
    void hotspot_question_is_answered_by_choosing_a_region_without_the_key_in_the_page() {
        open("quiz?questions=hotspot-first-metatarsal");
        page.locator("#start-picked").click();
        assertThat(page.locator("#question-stem")).containsText("best option for a retrograde access");
        Locator input = page.locator("#answer-input");
        assertThat(input.locator("[data-region]")).hasCount(9);
        String html = input.innerHTML();
        assertThat(html).doesNotContain("first-metatarsal").doesNotContain("First metatarsal")
                .doesNotContain("data-label-for");
        screenshot("hotspot-question");
        // The first metatarsal artery is the eighth hotspot of the figure; regions are announced by number.
        Locator region = input.locator("[aria-label='Region 8']");
        region.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#hotspot-status")).containsText("Region chosen");
        page.locator("#submit-answer").click();
        assertThat(page.locator("#feedback")).containsText("First metatarsal artery");
        assertThat(page.locator("#feedback h3")).hasText("Correct");
        screenshot("hotspot-question-answered");
    }

    @Test
    void presenter_mode_steps_through_a_to_h_with_the_keyboard() {
        open("figures/balloon-assisted-puncture");
        assertThat(page.locator("#step-counter")).containsText("1 of 8");
        page.locator("#presenter-toggle").click();
        assertThat(page.locator("#figure-stage.presenter")).isVisible();
        page.locator("#figure-stage").focus();
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(page.locator("#step-counter")).containsText("Step D · 4 of 8");
        assertThat(drawing().locator("#step-d")).isVisible();
        assertThat(drawing().locator("#step-a")).isHidden();
        screenshot("figure-presenter-step-d");
        for (int i = 0; i < 6; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertThat(page.locator("#step-counter")).containsText("Step H · 8 of 8");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#step-counter")).containsText("Step G · 7 of 8");
        page.keyboard().press("l");
        assertThat(drawing().locator("[data-layer='labels']")).isHidden();
        page.keyboard().press("Escape");
        assertThat(page.locator("#figure-stage.presenter")).hasCount(0);
    }

    @Test
    void every_figure_renders_at_desktop_and_phone_width_and_its_steps_step() {
        for (FigureCard card : figures.gallery()) {
            FigureDetail figure = figures.figure(card.link().id()).orElseThrow();
            page.setViewportSize(1280, 900);
            open(card.link().href());
            assertThat(page.locator("h1")).hasText(figure.title());
            assertThat(drawing().locator("svg")).isVisible();
            assertThat(drawing().locator("[data-hotspot]")).hasCount(figure.hotspots().size());
            screenshot("figure-" + figure.id() + "-desktop");
            for (int i = 1; i < figure.steps().size(); i++) {
                page.locator("#step-next").click();
                assertThat(page.locator("#step-counter")).containsText((i + 1) + " of " + figure.steps().size());
            }
            page.setViewportSize(PHONE_WIDTH, 780);
            open(card.link().href());
            assertThat(drawing().locator("svg")).isVisible();
            assertThat(fitsWidth()).as("%s fits 360 px", figure.id()).isTrue();
            screenshot("figure-" + figure.id() + "-phone");
        }
    }
}
