package org.pedalatlas.atlas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.pedalatlas.content.PageRef;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.ContentStore;
import org.pedalatlas.content.PageKind;
import org.pedalatlas.content.SourceInfo;
import org.pedalatlas.content.Translation;
import org.pedalatlas.content.TranslationNote;
import org.pedalatlas.content.ZoneMap;
import org.springframework.stereotype.Service;

/**
 * The atlas's public face: pages in learning-path order, the zone map, related links in both directions and
 * breadcrumbs. The English atlas is rendered once at start-up; each translated edition is rendered once, when it is
 * first asked for (search builds them right after start-up, see {@code SearchService}), so a restarting server is
 * ready sooner. Content is immutable while the app runs.
 */
@Service
public class AtlasService {

    private final AtlasContent content;
    private final Edition english;
    private final Map<String, Translation> translations = new HashMap<>();
    private final Map<String, Edition> translated = new ConcurrentHashMap<>();

    AtlasService(ContentStore store) {
        this.content = store.content();
        this.english = new Edition(content, null);
        for (String language : store.languages()) {
            translations.put(language, store.translation(Locale.of(language)).orElseThrow());
        }
    }

    /** Every glossary term, alphabetically. */
    public List<GlossaryEntry> glossary() {
        return english.glossary;
    }

    /** The glossary in the locale's language where translated, term by term and field by field. */
    public List<GlossaryEntry> glossary(Locale locale) {
        return edition(locale).glossary;
    }

    /** Every dose, size, time, distance and rate of the source, in the order the card lists them. */
    public List<NumberRow> numbers() {
        return english.numbers;
    }

    public Optional<PageView> page(String id) {
        return Optional.ofNullable(english.pages.get(id));
    }

    /** The page in the locale's language where translated; untranslated fields stay English. */
    public Optional<PageView> page(String id, Locale locale) {
        return Optional.ofNullable(edition(locale).pages.get(id));
    }

    public List<PageLink> learningPath() {
        return english.learningPath;
    }

    public List<PageLink> learningPath(Locale locale) {
        return edition(locale).learningPath;
    }

    public ZoneMapView zoneMap() {
        return english.zoneMap;
    }

    public ZoneMapView zoneMap(Locale locale) {
        return edition(locale).zoneMap;
    }

    /** What the reader should be told about the page's translation; empty when it is shown in English. */
    public Optional<TranslationNote> pageNote(String id, Locale locale) {
        return translation(locale).flatMap(t -> t.page(id));
    }

    public Optional<TranslationNote> zoneMapNote(Locale locale) {
        return translation(locale).flatMap(Translation::zoneMap);
    }

    /** One note for the glossary: unreviewed if any shown term is, stale if any is. */
    public Optional<TranslationNote> glossaryNote(Locale locale) {
        return translation(locale).filter(t -> t.notes().keySet().stream().anyMatch(k -> k.startsWith("term:")))
                .map(t -> new TranslationNote(t.language(), !t.glossaryUnreviewed(), t.glossaryStale()));
    }

    /** The languages the atlas's content is translated into, besides English. */
    public Set<String> languages() {
        return translations.keySet();
    }

    public SourceInfo source() {
        return content.source();
    }

    public String aboutHtml() {
        return english.aboutHtml;
    }

    public String contentVersion() {
        return content.version();
    }

    private Edition edition(Locale locale) {
        Translation translation = locale == null ? null : translations.get(locale.getLanguage());
        if (translation == null) {
            return english;
        }
        // Rendered once: a second reader of the same language waits for the first rendering instead of repeating it.
        return translated.computeIfAbsent(translation.language(), l -> new Edition(translation.content(), translation));
    }

    private Optional<Translation> translation(Locale locale) {
        return Optional.ofNullable(edition(locale).translation);
    }

    /** The atlas rendered once in one language: English, or a translation laid over it. */
    private static final class Edition {
        private final AtlasContent content;
        private final Translation translation;
        private final PageRenderer renderer;
        private final Map<String, PageView> pages = new HashMap<>();
        private final List<PageLink> learningPath;
        private final ZoneMapView zoneMap;
        private final String aboutHtml;
        private final List<GlossaryEntry> glossary;
        private final List<NumberRow> numbers;
        private final EnglishQuotes quotes;

        Edition(AtlasContent content, Translation translation) {
            this.content = content;
            this.translation = translation;
            this.quotes = translation == null ? null : new EnglishQuotes(translation.language());
            this.renderer = new PageRenderer(content.source(), content.glossary());
            this.learningPath = content.pages().stream().map(AtlasService::link).toList();
            Map<String, Set<String>> related = relatedBothWays(content.pages());
            for (int i = 0; i < content.pages().size(); i++) {
                AtlasPage page = content.pages().get(i);
                pages.put(page.id(), view(page, related.get(page.id()),
                        i > 0 ? learningPath.get(i - 1) : null,
                        i < learningPath.size() - 1 ? learningPath.get(i + 1) : null));
            }
            this.zoneMap = zoneMapView(content.zoneMap());
            this.aboutHtml = renderer.render(content.aboutMarkdown(), Map.of());
            this.glossary = content.glossary().stream().sorted((a, b) -> a.term().compareToIgnoreCase(b.term()))
                    .map(t -> new GlossaryEntry(t.slug(), t.term(), t.expansion(), t.aliases(), t.definition(),
                            quoted(renderer.renderMarker(t.src()))))
                    .toList();
            this.numbers = content.numbers().stream().map(n -> new NumberRow(n.id(), n.category(), n.what(), n.value(),
                    n.purpose(), (n.pages() == null ? List.<String>of() : n.pages()).stream()
                            .map(id -> link(content.page(id).orElseThrow())).toList(),
                    renderer.renderMarker(n.src()))).toList();
        }

        private PageView view(AtlasPage page, Set<String> related, PageLink previous, PageLink next) {
            List<PageView.CardLine> card = page.card().stream().map(f -> new PageView.CardLine(f,
                    quoted(renderer.renderStatement(f.text(), page.sources().get(f.src()))))).toList();
            return new PageView(page.id(), page.kind(), page.title(), page.summary(), page.allZones(),
                    quoted(renderer.render(page.markdown(), page.sources())), card,
                    related.stream().map(id -> link(content.page(id).orElseThrow())).toList(),
                    breadcrumb(page), previous, next, page.file());
        }

        private List<PageLink> breadcrumb(AtlasPage page) {
            List<PageLink> crumbs = new ArrayList<>();
            if (page.kind() == PageKind.VESSEL) {
                content.pages().stream().filter(p -> p.kind() == PageKind.ZONE && p.zone().equals(page.zone()))
                        .findFirst().map(AtlasService::link).ifPresent(crumbs::add);
            }
            crumbs.add(link(page));
            return List.copyOf(crumbs);
        }

        private ZoneMapView zoneMapView(ZoneMap map) {
            StringBuilder intro = new StringBuilder();
            map.intro().forEach(s -> intro.append("<div class=\"para\">").append(renderer.renderStatement(s.text(), s.src())).append("</div>"));
            var lines = map.lines().stream().map(l -> new ZoneMapView.BoundaryLine(l.id(), l.name(), l.colour(),
                    l.landmark(), quoted(renderer.renderMarker(l.src())))).toList();
            var zones = content.pages().stream().filter(p -> p.kind() == PageKind.ZONE)
                    .map(z -> new ZoneSummary(z.zone(), link(z),
                            z.members().stream().map(id -> link(content.page(id).orElseThrow())).toList()))
                    .toList();
            return new ZoneMapView(quoted(intro.toString()), lines, zones);
        }

        private String quoted(String html) {
            return quotes == null ? html : quotes.mark(html);
        }
    }

    /** A page's related items: those it names and those that name it, its own first. */
    private static Map<String, Set<String>> relatedBothWays(List<AtlasPage> all) {
        Map<String, Set<String>> related = new HashMap<>();
        all.forEach(p -> related.put(p.id(), new LinkedHashSet<>(p.related())));
        all.forEach(p -> p.related().forEach(r -> related.get(r).add(p.id())));
        all.stream().filter(p -> p.kind() == PageKind.ZONE)
                .forEach(z -> z.members().forEach(m -> {
                    related.get(z.id()).add(m);
                    related.get(m).add(z.id());
                }));
        related.forEach((id, set) -> set.remove(id));
        return related;
    }

    static PageLink link(AtlasPage page) {
        return new PageLink(new PageRef(page.id(), page.title()), page.kind(), page.summary());
    }
}
