package org.pedalatlas.content;

import java.util.List;
import java.util.Optional;

/** Everything read from content/, validated; immutable once built. {@code version} hashes every file read. */
public record AtlasContent(SourceInfo source, ZoneMap zoneMap, List<AtlasPage> pages, List<GlossaryTerm> glossary,
                           List<NumberEntry> numbers, List<Question> questions, List<Figure> figures,
                           List<DecisionTree> trees, List<CaseScenario> cases, String aboutMarkdown, String version,
                           int fileCount) {

    public Optional<AtlasPage> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
