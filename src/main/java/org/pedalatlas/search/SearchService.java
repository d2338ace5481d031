package org.pedalatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.GlossaryEntry;
import org.pedalatlas.atlas.NumberRow;
import org.pedalatlas.atlas.PageLink;
import org.pedalatlas.atlas.PageView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Search across the whole atlas: pages, glossary terms and the numbers card. The English index is built at
 * start-up; the translated ones (and with them the atlas's translated editions) on one background thread once the
 * app is ready, so a restarted server takes phones and readers sooner. A reader who searches in a language before
 * its index is built waits for that one build.
 */
@Service
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final AtlasService atlas;
    private final SearchIndex index;
    private final Map<String, SearchIndex> translated = new ConcurrentHashMap<>();

    SearchService(AtlasService atlas) {
        this.atlas = atlas;
        this.index = build(atlas, Locale.ENGLISH, new EnglishAnalyzer());
    }

    /** Builds the translated editions and their indexes after start-up rather than before "ready". */
    @EventListener(ApplicationReadyEvent.class)
    void prepareTranslationsInBackground() {
        Thread.ofPlatform().name("search-translations").daemon().start(() -> {
            long start = System.nanoTime();
            try {
                atlas.languages().forEach(this::translatedIndex);
                LOG.info("Translated editions and search indexes {} built in {} ms after start-up", atlas.languages(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("Building the translated editions and search indexes failed; a reader's first use retries", e);
            }
        });
    }

    private SearchIndex translatedIndex(String language) {
        return translated.computeIfAbsent(language, l -> build(atlas, Locale.of(l), analyzer(l)));
    }

    /** The items of the atlas as the reader of one language sees them, indexed with that language's analyser. */
    private static SearchIndex build(AtlasService atlas, Locale locale, Analyzer analyzer) {
        List<SearchDocument> docs = new ArrayList<>();
        for (PageLink link : atlas.learningPath(locale)) {
            PageView page = atlas.page(link.id(), locale).orElseThrow();
            StringBuilder body = new StringBuilder(plainText(page.bodyHtml()));
            page.card().forEach(c -> body.append(' ').append(c.label()).append(": ").append(plainText(c.html())));
            // Indexed once at start, so in English (the language of the content it indexes).
            docs.add(new SearchDocument(page.title(), "atlas.kind." + page.kind().name().toLowerCase(Locale.ROOT), link.href(), page.summary(), body.toString()));
        }
        Map<String, List<String>> synonyms = new HashMap<>();
        for (GlossaryEntry term : atlas.glossary(locale)) {
            List<String> names = new ArrayList<>(term.aliases());
            names.addFirst(term.term());
            if (!term.expansion().isBlank()) {
                names.add(term.expansion());
            }
            docs.add(new SearchDocument(term.term(), "search.kind.glossary", "glossary#" + term.slug(),
                    term.expansion(), String.join(" ", names) + ". " + term.definition()));
            for (String name : names) {
                synonyms.put(name.toLowerCase(Locale.ROOT),
                        names.stream().filter(n -> !n.equalsIgnoreCase(name)).toList());
            }
        }
        for (NumberRow n : atlas.numbers()) {
            docs.add(new SearchDocument(n.what() + ": " + n.value(), "search.kind.numbers", "doses#" + n.id(),
                    n.purpose() == null ? "" : n.purpose(), n.what() + " " + n.value() + ". " + n.purpose()));
        }
        return new SearchIndex(docs, synonyms, analyzer);
    }

    private static Analyzer analyzer(String language) {
        return switch (language) {
            case "it" -> new ItalianAnalyzer();
            case "es" -> new SpanishAnalyzer();
            default -> new EnglishAnalyzer();
        };
    }

    /** Ranked hits for what a reader typed; an empty or over-long query finds nothing rather than failing. */
    public List<SearchHit> search(String query) {
        if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        return index.search(query, 20);
    }

    /**
     * Hits in the reader's language, searched with its analyser; when nothing matches there, the English atlas's
     * hits ({@code fromEnglish}), since a reader may type an English term or the item is not translated.
     */
    public LocalizedHits search(String query, Locale locale) {
        SearchIndex local = locale == null || !atlas.languages().contains(locale.getLanguage()) ? null
                : translatedIndex(locale.getLanguage());
        if (local == null || query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            return new LocalizedHits(search(query), false);
        }
        List<SearchHit> hits = local.search(query, 20);
        return hits.isEmpty() ? new LocalizedHits(search(query), true) : new LocalizedHits(hits, false);
    }

    /** Search hits, and whether they came from the English atlas because the reader's language had none. */
    public record LocalizedHits(List<SearchHit> hits, boolean fromEnglish) {
    }

    private static String plainText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(".src-body, .gloss-tip, summary").remove();
        return doc.text();
    }
}
