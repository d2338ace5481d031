package org.pedalatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.GlossaryTerm;
import org.pedalatlas.content.SourceInfo;
import org.pedalatlas.content.SourceRef;
import org.pedalatlas.content.SourceSection;

class PageRendererTest {

    private static final SourceRef ACT_REF = new SourceRef("calcification", "maintain the activated clotting time");
    private final PageRenderer renderer = new PageRenderer(
            new SourceInfo("d", "j", "10.1/x", List.of(new SourceSection("calcification", "Calcification",
                    "Materials and Methods › Calcification"))),
            List.of(new GlossaryTerm("ACT", "activated clotting time", List.of(), "A clotting test.", ACT_REF),
                    new GlossaryTerm("US", "ultrasound", List.of(), "Ultrasound.", ACT_REF)));

    @Test
    void a_marker_becomes_a_disclosure_with_the_passage_and_section() {
        String html = renderer.render("Keep the ACT in range. [§act]", Map.of("act", ACT_REF));
        assertThat(html).doesNotContain("[§act]")
                .contains("<details class=\"src\">")
                .contains("“maintain the activated clotting time”")
                .contains("Source › Materials and Methods › Calcification");
    }

    @Test
    void a_marker_opens_its_passage_right_after_the_sentence_it_supports() {
        SourceRef other = new SourceRef("calcification", "Calcification");
        String html = renderer.render("First claim. [§act] Second claim. [§other]", Map.of("act", ACT_REF, "other", other));
        assertThat(html).startsWith("<div class=\"para\">First claim.<details");
        assertThat(html.indexOf("Second claim.")).isGreaterThan(html.indexOf("activated clotting time”"));
        assertThat(html).doesNotContain("<p>");
    }

    @Test
    void first_use_of_a_glossary_term_is_marked_once_with_a_keyboard_reachable_tooltip() {
        String html = renderer.render("ACT first. ACT again. [§act]", Map.of("act", ACT_REF));
        assertThat(html).containsOnlyOnce("class=\"gloss\"").contains("tabindex=\"0\"").contains("role=\"tooltip\"");
    }

    @Test
    void capital_abbreviations_do_not_match_inside_words_or_lower_case() {
        String html = renderer.render("Tell us about the USB port and the status. [§act]", Map.of("act", ACT_REF));
        assertThat(html).doesNotContain("class=\"gloss\"");
    }

    @Test
    void raw_html_in_content_is_shown_as_text_not_executed() {
        String html = renderer.render("<script>alert(1)</script> text [§act]", Map.of("act", ACT_REF));
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void atlas_links_point_at_atlas_routes() {
        String html = renderer.render("See [the arch](atlas:plantar-arch). [§act]", Map.of("act", ACT_REF));
        assertThat(html).contains("href=\"atlas/plantar-arch\"");
    }

    @Test
    void a_term_at_the_very_start_or_end_of_a_text_is_marked() {
        assertThat(renderer.render("ACT [§act]", Map.of("act", ACT_REF))).contains("class=\"gloss\"");
        assertThat(renderer.render("Check the ACT", Map.of())).contains("class=\"gloss\"");
    }
}
