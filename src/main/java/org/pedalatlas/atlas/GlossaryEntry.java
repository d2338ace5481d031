package org.pedalatlas.atlas;

import java.util.List;

/** A glossary term as the glossary page shows it, with its source marker rendered. */
public record GlossaryEntry(String slug, String term, String expansion, List<String> aliases, String definition,
                            String sourceHtml) {
}
