package org.pedalatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a reader types in the search box — Lucene syntax, stray quotes, control characters, emoji — the search
 * answers with hits (possibly none), never an exception.
 */
class SearchQueryFuzzTest {

    private static final SearchIndex INDEX = new SearchIndex(List.of(
            new SearchDocument("Vasodilators", "Technique", "atlas/vaso", "Against vasospasm.",
                    "NTG, verapamil or papaverine as a bolus before withdrawing the needle."),
            new SearchDocument("Plantar arch", "Vessel", "atlas/arch", "Zone 3 vessel.",
                    "Puncture the plantar arch from the dorsum, between the metatarsal bones.")),
            Map.of("ntg", List.of("nitroglycerin"), "nitroglycerin", List.of("NTG")));

    @FuzzTest(maxDuration = "10s")
    void any_query_finds_hits_or_nothing_never_an_exception(FuzzedDataProvider data) {
        String query = data.consumeString(SearchService.MAX_QUERY_LENGTH);
        assertThat(INDEX.search(query, 10)).isNotNull();
    }
}
