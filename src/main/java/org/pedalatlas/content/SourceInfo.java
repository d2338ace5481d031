package org.pedalatlas.content;

import java.util.List;

/** What the atlas knows about its one source: a description, the journal, the DOI and its headings. */
public record SourceInfo(String description, String journal, String doi, List<SourceSection> sections) {

    public String doiUrl() {
        return "https://doi.org/" + doi;
    }

    public SourceSection section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No source section " + id));
    }
}
