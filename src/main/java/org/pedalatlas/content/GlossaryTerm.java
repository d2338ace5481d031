package org.pedalatlas.content;

import java.util.List;

/** A glossary entry; {@code expansion} is empty for terms that are not abbreviations. */
public record GlossaryTerm(String term, String expansion, List<String> aliases, String definition, SourceRef src) {

    /** A stable id for links and anchors, derived from the term. */
    public String slug() {
        return ContentIds.slug(term);
    }
}
