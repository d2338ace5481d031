package org.pedalatlas.content;

import java.util.List;

/**
 * One question of the bank with its answer key. The key never leaves the server before the learner answers: the
 * question bank shows questions through its own key-free records.
 * <p>
 * Each question type is one variant of the sealed {@link Key}. Code that treats types differently switches over the
 * key (or its {@link Type}) without a {@code default}, so the compiler lists every place a new type must touch.
 */
public record Question(String id, int difficulty, List<Integer> zones, List<String> topics, List<String> pages,
                       String stem, String explanation, SourceRef src, Key key, String file) {

    /**
     * The topic that marks the workshop starter set: questions translated into every language of content/i18n, so
     * an instructor can filter the workshop picker by it for a hall that answers in Italian or Spanish.
     */
    public static final String STARTER = "workshop-starter";

    public static final List<String> TOPICS = List.of("anatomy", "zones", "vessels", "needles", "guidance", "wire",
            "drugs", "anticoagulation", "devices", "hemostasis", "complications", "strategy", "radiation",
            STARTER);

    /** The name of a type, as authors write it ({@code type: single}) and as filters and exports use it. */
    public enum Type { SINGLE, MULTIPLE, TRUEFALSE, NUMERIC, ORDERING, MATCHING, HOTSPOT }

    public Type type() {
        return key.type();
    }

    /** A question's answer key: one record per question type. */
    public sealed interface Key permits SingleChoice, MultipleChoice, TrueFalse, Numeric, Ordering, Matching, Hotspot {
        Type type();
    }

    /** One right option among several. */
    public record SingleChoice(List<Option> options) implements Key {
        public Type type() { return Type.SINGLE; }
    }

    /** Every right option must be chosen; partial credit per option. */
    public record MultipleChoice(List<Option> options) implements Key {
        public Type type() { return Type.MULTIPLE; }
    }

    /** The stem is a statement; {@code answer} says whether it is true. */
    public record TrueFalse(boolean answer) implements Key {
        public Type type() { return Type.TRUEFALSE; }
    }

    /** A number: value, tolerance, unit and its accepted spellings, sensible range. */
    public record Numeric(double value, double tolerance, String unit, List<String> units, List<Double> range)
            implements Key {
        public Type type() { return Type.NUMERIC; }
    }

    /** Items in their correct order. */
    public record Ordering(List<String> items) implements Key {
        public Type type() { return Type.ORDERING; }
    }

    /** Left items, each with its right value; several left items may share a right value. */
    public record Matching(List<Pair> pairs) implements Key {
        public Type type() { return Type.MATCHING; }

        /** The distinct right-hand values, in first-appearance order: what a learner chooses from. */
        public List<String> distinctRights() {
            return pairs.stream().map(Pair::right).distinct().toList();
        }
    }

    /** A hotspot region of an atlas figure. */
    public record Hotspot(String figure, String region) implements Key {
        public Type type() { return Type.HOTSPOT; }
    }

    /** An option of a single- or multiple-response question, with why it is right or wrong. */
    public record Option(String text, boolean correct, String why) {
    }

    /** A matching pair. */
    public record Pair(String left, String right) {
    }
}
