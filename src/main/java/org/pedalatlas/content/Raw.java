package org.pedalatlas.content;

import java.util.LinkedHashMap;
import java.util.List;

/** The shapes of the YAML files as authors write them, before validation turns them into public records. */
final class Raw {

    private Raw() {
    }

    record Sections(SourceMeta source, List<SourceSection> sections) {
    }

    record SourceMeta(String description, String doi, String journal) {
    }

    record Page(String id, String kind, String title, String summary, Integer order, Integer zone,
                List<Integer> zones, List<String> related, List<String> members,
                LinkedHashMap<String, Fact> card, LinkedHashMap<String, SourceRef> sources) {
    }

    record Fact(String text, String src) {
    }

    record Glossary(List<Term> terms) {
    }

    record Term(String term, String expansion, List<String> aliases, String definition, SourceRef src) {
    }

    record Numbers(List<NumberEntry> numbers) {
    }
}
