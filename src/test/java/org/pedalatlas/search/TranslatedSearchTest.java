package org.pedalatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.junit.jupiter.api.Test;

/** The index of a translation uses its language's analyser, so an inflected word finds its page. */
class TranslatedSearchTest {

    @Test
    void an_italian_plural_finds_the_page_written_with_the_singular() {
        SearchIndex index = new SearchIndex(List.of(
                new SearchDocument("Arteria plantare laterale", "Vaso", "atlas/lateral-plantar", "Zona 2.",
                        "L'arteria plantare laterale decorre più profonda della mediale."),
                new SearchDocument("Emostasi", "Tecnica", "atlas/hemostasis", "Endoclamping.",
                        "Un palloncino gonfiato dentro il vaso.")), Map.of(), new ItalianAnalyzer());
        assertThat(index.search("arterie plantari", 10)).extracting(SearchHit::href).first()
                .isEqualTo("atlas/lateral-plantar");
        assertThat(index.search("palloncini", 10)).extracting(SearchHit::href).containsExactly("atlas/hemostasis");
    }

    @Test
    void a_spanish_plural_finds_the_page_written_with_the_singular() {
        SearchIndex index = new SearchIndex(List.of(
                new SearchDocument("Aguja telescópica", "Técnica", "atlas/telescoping-needle", "Soporte.",
                        "Una aguja dentro de otra aguja más corta."),
                new SearchDocument("Arco plantar", "Vaso", "atlas/plantar-arch", "Zona 3.",
                        "Se punciona entre los huesos metatarsianos.")), Map.of(), new SpanishAnalyzer());
        assertThat(index.search("agujas", 10)).extracting(SearchHit::href).first()
                .isEqualTo("atlas/telescoping-needle");
        assertThat(index.search("hueso metatarsiano", 10)).extracting(SearchHit::href).first()
                .isEqualTo("atlas/plantar-arch");
    }
}
