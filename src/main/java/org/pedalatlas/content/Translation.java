package org.pedalatlas.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The atlas in one more language: {@code content} is the English content with every translated field laid over
 * it (untranslated fields stay English, field by field), {@code notes} says which items are translated, reviewed or
 * stale. Source passages stay English in both: they quote the English source.
 */
public record Translation(String language, AtlasContent content, Map<String, TranslationNote> notes,
                          List<StaleTranslation> stale) {

    public Optional<TranslationNote> page(String id) {
        return Optional.ofNullable(notes.get("page:" + id));
    }

    /** @param englishTerm the term as the English glossary writes it (its id in the overlay) */
    public Optional<TranslationNote> term(String englishTerm) {
        return Optional.ofNullable(notes.get("term:" + englishTerm));
    }

    public Optional<TranslationNote> zoneMap() {
        return Optional.ofNullable(notes.get("zone-map"));
    }

    public Optional<TranslationNote> question(String id) {
        return Optional.ofNullable(notes.get("question:" + id));
    }

    /** Whether some glossary term of this language is translated without a clinician's review. */
    public boolean glossaryUnreviewed() {
        return notes.entrySet().stream().anyMatch(e -> e.getKey().startsWith("term:") && !e.getValue().reviewed());
    }

    public boolean glossaryStale() {
        return notes.entrySet().stream().anyMatch(e -> e.getKey().startsWith("term:") && e.getValue().stale());
    }
}
