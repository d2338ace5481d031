package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pedalatlas.base.ui.MainLayout;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.CardFact;
import org.pedalatlas.content.PageKind;
import org.pedalatlas.trees.TreeService;

class ZoneHandoutTest {

    private static final byte[] PDF = new ZoneHandout(RealBank.CONTENT, TreeService::layOut).render(1);
    private static final PdfText HANDOUT = PdfText.of(PDF);

    @Test
    void the_zone_1_handout_holds_its_vessels_cards_and_techniques() {
        PdfText.savePages(PDF, "zone-1-handout", 70);
        AtlasPage zone = RealBank.CONTENT.page("zone-1").orElseThrow();
        assertThat(HANDOUT.compact()).contains(PdfText.compact(zone.title()));
        for (String id : zone.members()) {
            AtlasPage vessel = RealBank.CONTENT.page(id).orElseThrow();
            assertThat(HANDOUT.compact()).contains(PdfText.compact(vessel.title()));
            for (CardFact fact : vessel.card()) {
                assertThat(HANDOUT.compact()).as(id + " " + fact.key()).contains(PdfText.compact(fact.text()));
            }
        }
        RealBank.CONTENT.pages().stream().filter(p -> p.kind() == PageKind.TECHNIQUE && p.allZones().contains(1))
                .forEach(t -> assertThat(HANDOUT.compact()).contains(PdfText.compact(t.title())));
    }

    @Test
    void the_handout_draws_the_figures_and_the_trees_that_lead_to_zone_1() {
        assertThat(HANDOUT.text()).contains("Figures", "Decision trees");
        assertThat(HANDOUT.compact()).contains(PdfText.compact(RealBank.CONTENT.figure("foot-zones").orElseThrow().title()));
        assertThat(HANDOUT.compact()).contains(PdfText.compact(RealBank.CONTENT.trees().stream()
                .filter(t -> t.id().equals("choosing-the-access")).findFirst().orElseThrow().title()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3})
    void the_other_zones_handouts_name_their_own_vessels(int zone) {
        byte[] pdf = new ZoneHandout(RealBank.CONTENT, TreeService::layOut).render(zone);
        PdfText.savePages(pdf, "zone-" + zone + "-handout", 50);
        PdfText text = PdfText.of(pdf);
        AtlasPage page = RealBank.CONTENT.page("zone-" + zone).orElseThrow();
        assertThat(text.compact()).contains(PdfText.compact(page.title()));
        page.members().forEach(id -> assertThat(text.compact())
                .contains(PdfText.compact(RealBank.CONTENT.page(id).orElseThrow().title())));
        assertThat(text.tagged()).isTrue();
    }

    @Test
    void the_handout_carries_the_disclaimer_version_and_tags() {
        assertThat(HANDOUT.compact()).contains(PdfText.compact(MainLayout.DISCLAIMER));
        assertThat(HANDOUT.text()).contains("Content version " + RealBank.CONTENT.version());
        assertThat(HANDOUT.tagged()).isTrue();
        assertThat(HANDOUT.hasStructureTree()).isTrue();
        assertThat(HANDOUT.language()).isEqualTo("en");
        assertThat(HANDOUT.title()).startsWith("Zone 1 handout");
        assertThat(HANDOUT.unembeddedFonts()).isEmpty();
    }
}
