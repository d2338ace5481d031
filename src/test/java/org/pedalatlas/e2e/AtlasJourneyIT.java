package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A learner reads from the zone map down to a technique, checks a statement against the source, and searches. */
class AtlasJourneyIT extends BrowserTest {

    private void width(int width) {
        if (width == PHONE_WIDTH) {
            phoneWidth();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void zone_map_to_medial_plantar_to_buddy_needle_and_its_source_passage(int width) {
        width(width);
        open("");
        page.locator("#zone-card-2 h2 a").click();
        assertThat(page.locator("h1")).containsText("Zone 2");
        page.locator(".page-body, .related").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Medial plantar"))).first().click();
        assertThat(page.locator("h1")).containsText("Medial plantar");
        assertThat(page.locator(".vessel-card")).isVisible();
        assertThat(page.locator(".breadcrumb")).containsText("Zone 2");
        screenshot("medial-plantar-" + width);

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(Pattern.compile("^Buddy needle"))).first().click();
        assertThat(page.locator("h1")).containsText("Buddy needle");
        Locator marker = page.locator(".page-body details.src").first();
        assertThat(marker.locator(".src-passage").first()).not().isVisible();
        marker.locator("summary").click();
        assertThat(marker.locator(".src-passage").first()).isVisible();
        assertThat(marker.locator(".src-section").first()).containsText("Source ›");
        assertThat(fitsWidth()).as("page fits %d px", width).isTrue();
        screenshot("buddy-needle-source-open-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void searching_papaverine_leads_to_the_drug_card(int width) {
        width(width);
        open("");
        page.locator("#atlas-search input").fill("papaverine");
        page.locator("#atlas-search input").press("Enter");
        Locator hits = page.locator("#search-results .hits li");
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("#search-results mark").first()).hasText(Pattern.compile("papaverine", Pattern.CASE_INSENSITIVE));
        screenshot("search-papaverine-" + width);
        page.locator("#search-results .hit-title", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(Pattern.compile("vasodilator|papaverine", Pattern.CASE_INSENSITIVE))).first().click();
        assertThat(page.locator("body")).containsText("15 mg");
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void glossary_tooltip_on_act_opens_with_the_keyboard(int width) {
        width(width);
        open("atlas/vasodilators-anticoagulation");
        Locator act = page.locator(".gloss[data-term='ACT']").first();
        Locator tip = act.locator(".gloss-tip");
        assertThat(tip).not().isVisible();
        act.focus();
        assertThat(act).isFocused();
        assertThat(tip).isVisible();
        assertThat(tip).containsText("activated clotting time");
        screenshot("glossary-tooltip-act-" + width);
        page.keyboard().press("Tab");
        assertThat(tip.getByRole(AriaRole.LINK)).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#act")).isVisible();
    }
}
