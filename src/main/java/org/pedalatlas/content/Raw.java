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

    record Questions(List<RawQuestion> questions) {
    }

    record RawQuestion(String id, String type, Integer difficulty, List<Integer> zones, List<String> topics,
                       List<String> pages, String stem, String explanation, SourceRef src,
                       List<RawOption> options, Boolean answer, RawNumeric numeric, List<String> order,
                       List<Question.Pair> pairs, Question.Hotspot hotspot) {
    }

    record RawOption(String text, Boolean correct, String why) {
    }

    record RawNumeric(Double value, Double tolerance, String unit, List<String> units, List<Double> range) {
    }
}
