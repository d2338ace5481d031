package org.pedalatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed files' names and the words that say which questions a paper quiz holds; shared by app and command. */
final class Prints {

    private Prints() {
    }

    static String cardName(String version) {
        return "pedal-atlas-pocket-card-" + version + ".pdf";
    }

    static String handoutName(int zone, String version) {
        return "pedal-atlas-zone-" + zone + "-handout-" + version + ".pdf";
    }

    static String quizName(String version) {
        return "pedal-atlas-paper-quiz-" + version + ".pdf";
    }

    static String keyName(String version) {
        return "pedal-atlas-answer-key-" + version + ".pdf";
    }

    /** "zones 1, 2 · topics drugs · level 1", or "the whole bank"; a workshop's set is named as such. */
    static String describe(ExportFilter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.ids().isEmpty()) {
            parts.add("a set of " + filter.ids().size() + " chosen questions");
        }
        if (!filter.zones().isEmpty()) {
            parts.add("zones " + join(filter.zones().stream().sorted().map(String::valueOf).toList()));
        }
        if (!filter.topics().isEmpty()) {
            parts.add("topics " + join(filter.topics().stream().sorted().toList()));
        }
        if (!filter.types().isEmpty()) {
            parts.add("types " + join(filter.types().stream().sorted()
                    .map(t -> t.name().toLowerCase(Locale.ROOT)).toList()));
        }
        if (!filter.difficulties().isEmpty()) {
            parts.add("difficulty " + join(filter.difficulties().stream().sorted().map(String::valueOf).toList()));
        }
        return parts.isEmpty() ? "the whole bank" : String.join(" · ", parts);
    }

    private static String join(List<String> items) {
        return String.join(", ", items);
    }
}
