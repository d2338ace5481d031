package org.pedalatlas.export;

import java.util.List;
import java.util.Set;

import org.pedalatlas.content.Question;

/**
 * Which questions to export. An empty set means "any"; {@code ids}, when not empty, keeps only those questions (a
 * workshop's question set) and keeps them in that order.
 */
public record ExportFilter(Set<Integer> zones, Set<String> topics, Set<Question.Type> types,
                           Set<Integer> difficulties, List<String> ids) {

    public ExportFilter {
        zones = Set.copyOf(zones);
        topics = Set.copyOf(topics);
        types = Set.copyOf(types);
        difficulties = Set.copyOf(difficulties);
        ids = List.copyOf(ids);
    }

    public static ExportFilter all() {
        return new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(), List.of());
    }

    public ExportFilter withIds(List<String> questionIds) {
        return new ExportFilter(zones, topics, types, difficulties, questionIds);
    }

    /** A question with no zone belongs to every zone (doses, strategy), so it stays under any zone filter. */
    boolean matches(Question q) {
        return (zones.isEmpty() || q.zones().isEmpty() || q.zones().stream().anyMatch(zones::contains))
                && (topics.isEmpty() || q.topics().stream().anyMatch(topics::contains))
                && (types.isEmpty() || types.contains(q.type()))
                && (difficulties.isEmpty() || difficulties.contains(q.difficulty()))
                && (ids.isEmpty() || ids.contains(q.id()));
    }
}
