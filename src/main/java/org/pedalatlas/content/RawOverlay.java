package org.pedalatlas.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shapes of the translation overlays under {@code content/i18n/<language>/}: the same ids as the English files
 * and only the fields a translator writes. {@code from} is the fingerprint of the English item translated;
 * {@code reviewed-by} names the clinician who checked the translation (file-wide or per item).
 */
final class RawOverlay {

    private RawOverlay() {
    }

    record Glossary(@JsonProperty("reviewed-by") String reviewedBy, List<Term> terms) {
    }

    record Term(String id, String from, @JsonProperty("reviewed-by") String reviewedBy, String term,
                String expansion, List<String> aliases, String definition) {
    }

    record ZoneMap(String from, @JsonProperty("reviewed-by") String reviewedBy, List<Statement> intro,
                   List<Line> lines) {
    }

    record Statement(String text) {
    }

    record Line(String id, String name, String landmark) {
    }

    record Questions(@JsonProperty("reviewed-by") String reviewedBy, List<Item> questions) {
    }

    record Item(String id, String from, @JsonProperty("reviewed-by") String reviewedBy, String stem,
                String explanation, List<Option> options, List<String> order, List<Question.Pair> pairs) {
    }

    record Option(String text, String why) {
    }

    record Page(String id, String from, @JsonProperty("reviewed-by") String reviewedBy, String title,
                String summary) {
    }
}
