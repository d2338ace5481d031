package org.pedalatlas.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one atlas page: YAML front matter, Markdown body and their local rules (cross-file rules come later). */
final class PageParser {

    static final Pattern MARKER = Pattern.compile("\\[§([^\\]]*)\\]");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);

    private final YamlReader yaml;
    private final SourceRefChecker refs;

    PageParser(YamlReader yaml, SourceRefChecker refs) {
        this.yaml = yaml;
        this.refs = refs;
    }

    Optional<AtlasPage> parse(ContentFile file, PageKind folderKind, String fileId, Problems problems) {
        Matcher m = FRONT_MATTER.matcher(file.text());
        if (!m.matches()) {
            problems.add(file.path(), 1, "", "no YAML front matter",
                    "start the file with a line '---', the fields, and another line '---' before the Markdown body");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Raw.Page> raw = yaml.read(file, m.group(1), 1, Raw.Page.class, problems);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Raw.Page p = raw.get();
        String body = m.group(2);
        required(file, "id", p.id(), problems);
        required(file, "title", p.title(), problems);
        required(file, "summary", p.summary(), problems);
        if (p.id() != null && !p.id().equals(fileId)) {
            problems.add(file.path(), file.lineOf("id:"), "id", "id '" + p.id() + "' differs from the file name '"
                    + fileId + ".md'", "rename the file or the id so that they match");
        }
        if (p.id() != null && !ContentIds.ID.matcher(p.id()).matches()) {
            problems.add(file.path(), file.lineOf("id:"), "id", "id '" + p.id() + "' is not lower-case-kebab",
                    "use letters, digits and single hyphens, e.g. medial-plantar");
        }
        if (p.kind() == null || !p.kind().toUpperCase(Locale.ROOT).equals(folderKind.name())) {
            problems.add(file.path(), file.lineOf("kind:"), "kind", p.kind() == null ? "the kind is missing"
                    : "kind '" + p.kind() + "' does not match its folder atlas/" + folderKind.folder(),
                    "pages in atlas/" + folderKind.folder() + " have kind: " + folderKind.name().toLowerCase(Locale.ROOT));
        }
        if (p.order() == null) {
            problems.add(file.path(), 0, "order", "the learning-path order is missing",
                    "add order: <number>; pages are read in ascending order");
        }
        checkZones(file, folderKind, p, problems);
        Map<String, SourceRef> sources = p.sources() == null ? new LinkedHashMap<>() : p.sources();
        if (sources.isEmpty()) {
            problems.add(file.path(), 0, "sources", "the page has no source references",
                    "every page rests on the source: add sources: with at least one section and passage");
        }
        sources.forEach((key, ref) -> refs.check(file, "sources." + key, ref, problems));
        List<CardFact> card = card(file, folderKind, p, sources, problems);
        Set<String> used = checkBody(file, body, sources, problems);
        card.forEach(f -> used.add(f.src()));
        sources.keySet().stream().filter(k -> !used.contains(k)).forEach(k -> problems.add(file.path(),
                file.lineOf("  " + k + ":"), "sources." + k, "reference '" + k + "' is never used",
                "mark the statement it supports with [§" + k + "] or remove the reference"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AtlasPage(p.id(), folderKind, p.title().strip(), p.summary().strip(), p.order(),
                p.zone(), p.zones() == null ? List.of() : List.copyOf(p.zones()), listOf(p.related()),
                listOf(p.members()), card, Map.copyOf(sources), body.strip(), file.path()));
    }

    private static void checkZones(ContentFile file, PageKind kind, Raw.Page p, Problems problems) {
        boolean needsZone = kind == PageKind.ZONE || kind == PageKind.VESSEL;
        if (needsZone && (p.zone() == null || p.zone() < 1 || p.zone() > 3)) {
            problems.add(file.path(), file.lineOf("zone:"), "zone", "a " + kind.label().toLowerCase(Locale.ROOT)
                    + " needs zone: 1, 2 or 3", "the source defines three puncture zones");
        }
        if (!needsZone && p.zone() != null) {
            problems.add(file.path(), file.lineOf("zone:"), "zone", "only zones and vessels have a single zone",
                    "use zones: [1, 2] on topics and techniques");
        }
        if (p.zones() != null && p.zones().stream().anyMatch(z -> z == null || z < 1 || z > 3)) {
            problems.add(file.path(), file.lineOf("zones:"), "zones", "zones must be 1, 2 or 3", "e.g. zones: [2, 3]");
        }
        if (p.members() != null && kind != PageKind.ZONE) {
            problems.add(file.path(), file.lineOf("members:"), "members", "only zone pages list members",
                    "list related vessels under related: instead");
        }
        if (p.card() != null && kind != PageKind.VESSEL) {
            problems.add(file.path(), file.lineOf("card:"), "card", "only vessel pages have a card",
                    "put the facts in the body with source markers");
        }
    }

    private static List<CardFact> card(ContentFile file, PageKind kind, Raw.Page p, Map<String, SourceRef> sources,
                                       Problems problems) {
        if (p.card() == null || kind != PageKind.VESSEL) {
            return List.of();
        }
        List<CardFact> facts = new ArrayList<>();
        p.card().forEach((key, fact) -> {
            int line = file.lineOf("  " + key + ":");
            if (!CardFact.KEYS.contains(key)) {
                problems.add(file.path(), line, "card." + key, "unknown card key '" + key + "'",
                        "card keys are " + String.join(", ", CardFact.KEYS));
            } else if (fact == null || fact.text() == null || fact.text().isBlank()) {
                problems.add(file.path(), line, "card." + key + ".text", "the card line has no text",
                        "write one or two sentences, or leave the key out");
            } else if (fact.src() == null || !sources.containsKey(fact.src())) {
                problems.add(file.path(), line, "card." + key + ".src", fact.src() == null ? "no source key"
                        : "'" + fact.src() + "' is not a key of sources", "name one of: " + String.join(", ", sources.keySet()));
            } else {
                facts.add(new CardFact(key, fact.text().strip(), fact.src()));
            }
        });
        facts.sort((a, b) -> Integer.compare(CardFact.KEYS.indexOf(a.key()), CardFact.KEYS.indexOf(b.key())));
        return List.copyOf(facts);
    }

    /** Checks the markers in the body and that every block stating something carries one; returns the keys used. */
    private static Set<String> checkBody(ContentFile file, String body, Map<String, SourceRef> sources,
                                         Problems problems) {
        Set<String> used = new LinkedHashSet<>();
        int bodyStart = file.lineOf("---", 2) + 1;
        if (body.isBlank()) {
            problems.add(file.path(), bodyStart, "body", "the page has no text", "write the page's Markdown body");
            return used;
        }
        Matcher marker = MARKER.matcher(body);
        while (marker.find()) {
            String key = marker.group(1).strip();
            if (!sources.containsKey(key)) {
                problems.add(file.path(), file.lineOf(marker.group(), bodyStart), "body",
                        "marker " + marker.group() + " names no reference of this page",
                        sources.isEmpty() ? "define it under sources:" : "known keys: " + String.join(", ", sources.keySet()));
            }
            used.add(key);
        }
        for (String block : MarkdownBlocks.statementBlocks(body)) {
            if (!MARKER.matcher(block).find()) {
                String start = block.lines().findFirst().orElse(block).strip();
                problems.add(file.path(), file.lineOf(start.length() > 40 ? start.substring(0, 40) : start, bodyStart),
                        "body", "a paragraph or list item without a source marker: \"" + abbreviate(start) + "\"",
                        "end it with [§key] naming the reference that supports it");
            }
        }
        return used;
    }

    private static void required(ContentFile file, String field, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(file.path(), file.lineOf(field + ":"), field, "the " + field + " is missing",
                    "add " + field + ": to the front matter");
        }
    }

    private static List<String> listOf(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
