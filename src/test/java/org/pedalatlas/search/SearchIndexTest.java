package org.pedalatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final SearchIndex index = new SearchIndex(List.of(
            new SearchDocument("Vasodilators", "Technique", "atlas/vaso", "Against vasospasm.",
                    "NTG, verapamil or papaverine as a bolus before withdrawing the needle."),
            new SearchDocument("Plantar arch", "Vessel", "atlas/arch", "Zone 3 vessel.",
                    "Puncture the plantar arch from the dorsum, between the metatarsal bones."),
            new SearchDocument("Getting the wire in", "Technique", "atlas/wire", "Flatten, rotate, toc-toc.",
                    "The toc-toc movement advances the floppy end of the wire to and fro."),
            new SearchDocument("Medial plantar artery", "Vessel", "atlas/medial", "Zone 2.",
                    "The arch is not this one; it is a plantar artery over the calcaneum.")),
            Map.of("ntg", List.of("nitroglycerin"), "nitroglycerin", List.of("NTG")));

    private List<String> hrefs(String query) {
        return index.search(query, 10).stream().map(SearchHit::href).toList();
    }

    @Test
    void a_drug_name_finds_the_page_that_teaches_it_with_the_word_highlighted() {
        List<SearchHit> hits = index.search("papaverine", 10);
        assertThat(hits.getFirst().href()).isEqualTo("atlas/vaso");
        assertThat(hits.getFirst().snippetHtml()).contains("<mark>papaverine</mark>");
    }

    @Test
    void a_small_typo_still_finds_the_page() {
        assertThat(hrefs("papaverin").getFirst()).isEqualTo("atlas/vaso");
        assertThat(hrefs("verapamill").getFirst()).isEqualTo("atlas/vaso");
    }

    @Test
    void an_expansion_finds_the_abbreviation() {
        assertThat(hrefs("nitroglycerin")).first().isEqualTo("atlas/vaso");
    }

    @Test
    void a_phrase_ranks_the_page_that_holds_it_first() {
        assertThat(hrefs("plantar arch").getFirst()).isEqualTo("atlas/arch");
    }

    @Test
    void toc_toc_without_hyphen_finds_the_wire_page() {
        assertThat(hrefs("toc toc").getFirst()).isEqualTo("atlas/wire");
    }

    @Test
    void blank_or_punctuation_only_queries_find_nothing() {
        assertThat(index.search("   ", 10)).isEmpty();
        assertThat(index.search("?!*", 10)).isEmpty();
    }

    @Test
    void snippets_escape_html_from_the_text() {
        SearchIndex tricky = new SearchIndex(List.of(new SearchDocument("A <b> page", "Topic", "x", "s",
                "needle <script>alert(1)</script> here")), Map.of());
        assertThat(tricky.search("needle", 5).getFirst().snippetHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
