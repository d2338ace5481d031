package org.pedalatlas.content;

import java.util.List;

/**
 * One question of the bank, with its answer key. The key never leaves the server before the learner answers:
 * the quiz engine shows questions through its own key-free view records.
 */
public record Question(String id, Type type, int difficulty, List<Integer> zones, List<String> topics,
                       List<String> pages, String stem, String explanation, SourceRef src, List<Option> options,
                       Boolean answer, Numeric numeric, List<String> order, List<Pair> pairs, Hotspot hotspot,
                       String file) {

    public static final List<String> TOPICS = List.of("anatomy", "zones", "vessels", "needles", "guidance", "wire",
            "drugs", "anticoagulation", "devices", "hemostasis", "complications", "strategy", "radiation");

    public enum Type { SINGLE, MULTIPLE, TRUEFALSE, NUMERIC, ORDERING, MATCHING, HOTSPOT }

    /** An option of a single- or multiple-response question, with why it is right or wrong. */
    public record Option(String text, boolean correct, String why) {
    }

    /** The key of a numeric question: value, tolerance, unit and its accepted spellings, sensible range. */
    public record Numeric(double value, double tolerance, String unit, List<String> units, List<Double> range) {
    }

    /** A matching pair. */
    public record Pair(String left, String right) {
    }

    /** The key of an image-hotspot question: a hotspot region of an atlas figure. */
    public record Hotspot(String figure, String region) {
    }
}
