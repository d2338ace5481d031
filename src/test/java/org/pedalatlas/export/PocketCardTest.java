package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pedalatlas.base.ui.MainLayout;
import org.pedalatlas.content.NumberEntry;

class PocketCardTest {

    private static final byte[] PDF = new PocketCard(RealBank.CONTENT).render();
    private static final PdfText CARD = PdfText.of(PDF);

    @Test
    void the_card_is_two_a6_sides() {
        PdfText.savePages(PDF, "pocket-card", 200);
        assertThat(CARD.pages()).isEqualTo(2);
        assertThat(CARD.pageWidthsMm()).allSatisfy(w -> assertThat(w).isCloseTo(105f, org.assertj.core.data.Offset.offset(1f)));
    }

    @Test
    void every_number_of_the_dose_data_is_on_the_card_with_what_it_is() {
        assertThat(RealBank.CONTENT.numbers()).isNotEmpty();
        for (NumberEntry n : RealBank.CONTENT.numbers()) {
            assertThat(CARD.compact()).as(n.id()).contains(PdfText.compact(n.value())).contains(PdfText.compact(n.what()));
        }
    }

    @Test
    void the_card_names_the_review_section_of_every_number_and_the_three_zones() {
        for (NumberEntry n : RealBank.CONTENT.numbers()) {
            assertThat(CARD.compact()).contains(PdfText.compact(RealBank.CONTENT.source().section(n.src().section()).label()));
        }
        assertThat(CARD.text()).contains("Zone 1", "Zone 2", "Zone 3");
        assertThat(CARD.compact()).contains(RealBank.CONTENT.source().doi());
    }

    @Test
    void the_card_carries_the_disclaimer_and_the_content_version() {
        assertThat(CARD.compact()).contains(PdfText.compact(MainLayout.DISCLAIMER));
        assertThat(CARD.text()).contains("content version " + RealBank.CONTENT.version());
    }

    @Test
    void the_card_is_tagged_titled_in_english_with_every_font_embedded() {
        assertThat(CARD.tagged()).isTrue();
        assertThat(CARD.hasStructureTree()).isTrue();
        assertThat(CARD.title()).contains("Pocket card");
        assertThat(CARD.language()).isEqualTo("en");
        assertThat(CARD.unembeddedFonts()).isEmpty();
    }
}
