package org.pedalatlas.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of the source review cut into its sections, for checking that a passage really stands where a
 * reference says. Comparison ignores white space runs and curly versus straight quotes — nothing else.
 */
final class SourceText {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Map<String, String> normalisedBySection;

    private SourceText(Map<String, String> normalisedBySection) {
        this.normalisedBySection = normalisedBySection;
    }

    static SourceText parse(String text, List<SourceSection> sections) {
        Map<String, String> headingToId = new HashMap<>();
        sections.forEach(s -> headingToId.put(s.heading(), s.id()));
        Map<String, StringBuilder> bodies = new HashMap<>();
        StringBuilder current = null;
        for (String line : text.split("\\R")) {
            String id = headingToId.get(line.strip());
            if (id != null) {
                current = bodies.computeIfAbsent(id, k -> new StringBuilder());
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, String> normalised = new HashMap<>();
        bodies.forEach((id, body) -> normalised.put(id, normalise(body.toString())));
        return new SourceText(normalised);
    }

    boolean hasSection(String id) {
        return normalisedBySection.containsKey(id);
    }

    boolean contains(String sectionId, String passage) {
        String body = normalisedBySection.get(sectionId);
        return body != null && body.contains(normalise(passage));
    }

    /** The sections in which the passage does occur, for a hint when it was cited under the wrong one. */
    List<String> sectionsContaining(String passage) {
        String needle = normalise(passage);
        return normalisedBySection.entrySet().stream().filter(e -> e.getValue().contains(needle))
                .map(Map.Entry::getKey).sorted().toList();
    }

    static String normalise(String text) {
        String straight = text.replace('“', '"').replace('”', '"').replace('″', '"')
                .replace('’', '\'').replace('‘', '\'');
        return SPACE.matcher(straight).replaceAll(" ").strip();
    }
}
