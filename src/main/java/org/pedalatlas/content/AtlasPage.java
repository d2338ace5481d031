package org.pedalatlas.content;

import java.util.List;
import java.util.Map;

/**
 * One authored atlas page: a topic, a zone, a vessel card or a technique. {@code markdown} still holds the
 * {@code [§key]} source markers; {@code sources} resolves them. {@code file} is the path relative to content/.
 */
public record AtlasPage(String id, PageKind kind, String title, String summary, int order, Integer zone,
                        List<Integer> zones, List<String> related, List<String> members, List<CardFact> card,
                        Map<String, SourceRef> sources, String markdown, String file) {

    /** The zones this page belongs to: its own zone for zones and vessels, the declared ones for techniques. */
    public List<Integer> allZones() {
        return zone != null ? List.of(zone) : zones;
    }
}
