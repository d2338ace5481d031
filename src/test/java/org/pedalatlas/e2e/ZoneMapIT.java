package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

class ZoneMapIT extends BrowserTest {

    @Test
    void zone_map_shows_the_three_zones_with_their_arteries_from_content() {
        open("");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Below-the-ankle puncture zones"))).isVisible();
        assertThat(page.locator(".zone-card")).hasCount(3);
        assertThat(page.locator("#zone-card-1")).containsText("Dorsalis pedis");
        assertThat(page.locator("#zone-card-2")).containsText("Medial plantar");
        assertThat(page.locator("#zone-card-3")).containsText("Plantar arch");
        assertThat(page.locator(".boundary-lines")).containsText("the ankle joint");
        assertThat(page.locator(".disclaimer")).containsText("For education only");
        screenshot("zone-map-desktop");
        page.locator("#page-figures a").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/figures/foot-zones$"));
    }

    @Test
    void zone_map_fits_a_phone_and_leads_to_a_zone_page() {
        phoneWidth();
        open("");
        assertThat(page.locator(".zone-card")).hasCount(3);
        assertThat(fitsWidth()).as("no horizontal scrolling at 360 px").isTrue();
        screenshot("zone-map-phone");
        page.locator("#zone-card-2 h2 a").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/atlas/zone-2$"));
        assertThat(page.locator("h1")).containsText("Zone 2");
    }

    @Test
    void unknown_address_shows_the_friendly_not_found_page() {
        // Vaadin's client-side bootstrap answers 200 for every address; the not-found view is what readers see.
        page.navigate(url("no-such-page"));
        assertThat(page.locator("#not-found h1")).hasText("This page is not in the atlas");
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("not-found");
    }

    @Test
    void unknown_atlas_page_is_not_found_too() {
        page.navigate(url("atlas/no-such-artery"));
        assertThat(page.locator("#not-found h1")).isVisible();
    }
}
