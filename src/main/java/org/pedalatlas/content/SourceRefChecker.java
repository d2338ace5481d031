package org.pedalatlas.content;

import java.util.Optional;
import java.util.Set;

/** Checks that a reference names a known section and that its passage stands in that section of the source. */
final class SourceRefChecker {

    private final Set<String> sectionIds;
    private final Optional<SourceText> text;

    SourceRefChecker(Set<String> sectionIds, Optional<SourceText> text) {
        this.sectionIds = sectionIds;
        this.text = text;
    }

    void check(ContentFile file, String field, SourceRef ref, Problems problems) {
        int line = ref == null ? file.lineOf(lastSegment(field) + ":") : file.lineOf(
                ref.passage() == null ? String.valueOf(ref.section()) : head(ref.passage()));
        if (ref == null) {
            problems.add(file.path(), line, field, "a source reference is required",
                    "add section: <id from source/sections.yml> and passage: \"<words copied from the source>\"");
            return;
        }
        if (ref.section() == null || !sectionIds.contains(ref.section())) {
            problems.add(file.path(), line, field + ".section",
                    ref.section() == null ? "the section is missing" : "unknown section '" + ref.section() + "'",
                    "use one of " + String.join(", ", sectionIds.stream().sorted().toList()));
            return;
        }
        if (ref.passage() == null || ref.passage().isBlank()) {
            problems.add(file.path(), line, field + ".passage", "the passage is missing",
                    "copy the sentence or clause of the source that supports the statement");
            return;
        }
        text.ifPresent(source -> {
            if (!source.contains(ref.section(), ref.passage())) {
                var elsewhere = source.sectionsContaining(ref.passage());
                problems.add(file.path(), line, field + ".passage",
                        "the passage does not occur in section '" + ref.section() + "' of the source",
                        elsewhere.isEmpty()
                                ? "copy it word for word from the source (only white space and quote styles may differ)"
                                : "it occurs in section " + String.join(", ", elsewhere) + "; cite that section");
            }
        });
    }

    private static String head(String passage) {
        String firstLine = passage.lines().findFirst().orElse(passage).strip();
        return firstLine.length() > 30 ? firstLine.substring(0, 30) : firstLine;
    }

    private static String lastSegment(String field) {
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
