package org.pedalatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import org.pedalatlas.base.HtmlText;

/**
 * An in-memory Lucene index over the atlas. Plain class (no Spring) so that ranking can be tested directly.
 * A query word matches exactly (strongest), by prefix of a stem, or within one or two typing errors; words that
 * are a glossary abbreviation or expansion also search for their counterpart ("NTG" ↔ its expansion).
 */
final class SearchIndex {

    private static final String[] FIELDS = {"title", "summary", "body"};
    private static final float[] BOOSTS = {6f, 2.5f, 1f};
    private static final FieldType HIGHLIGHTABLE = highlightable();

    private final Analyzer analyzer;
    private final Directory directory = new ByteBuffersDirectory();
    private final List<SearchDocument> documents;
    private final Map<String, List<String>> synonyms;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    /**
     * @param synonyms lower-case name → the other names of the same glossary term
     */
    SearchIndex(List<SearchDocument> documents, Map<String, List<String>> synonyms) {
        this(documents, synonyms, new EnglishAnalyzer());
    }

    /**
     * @param analyzer the language's analyser ({@code ItalianAnalyzer}, {@code SpanishAnalyzer}…), so that an
     *                 inflected word finds its stem in that language
     */
    SearchIndex(List<SearchDocument> documents, Map<String, List<String>> synonyms, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.documents = List.copyOf(documents);
        this.synonyms = synonyms;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < documents.size(); i++) {
                SearchDocument d = documents.get(i);
                Document doc = new Document();
                doc.add(new StoredField("n", i));
                doc.add(new Field("title", d.title(), HIGHLIGHTABLE));
                doc.add(new Field("summary", d.summary(), HIGHLIGHTABLE));
                doc.add(new Field("body", d.body(), HIGHLIGHTABLE));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withHandleMultiTermQuery(true).withMaxLength(20_000).build();
    }

    List<SearchHit> search(String text, int limit) {
        Query query = query(text);
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, limit);
            String[] bodies = highlighter.highlight("body", query, top, 2);
            String[] summaries = highlighter.highlight("summary", query, top, 1);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                int n = searcher.storedFields().document(sd.doc).getField("n").numericValue().intValue();
                SearchDocument d = documents.get(n);
                String snippet = bodies[i] != null ? bodies[i]
                        : summaries[i] != null ? summaries[i] : HtmlText.escape(d.summary());
                hits.add(new SearchHit(d.title(), d.kind(), d.href(), snippet));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(wordQuery(word), Occur.SHOULD);
        }
        if (words.size() > 1) {
            for (int f = 0; f < FIELDS.length; f++) {
                all.add(new BoostQuery(phrase(FIELDS[f], text), BOOSTS[f] * 2), Occur.SHOULD);
            }
        }
        for (String name : synonymsOf(text)) {
            for (int f = 0; f < FIELDS.length; f++) {
                all.add(new BoostQuery(phrase(FIELDS[f], name), BOOSTS[f]), Occur.SHOULD);
            }
        }
        return all.build();
    }

    private Query wordQuery(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> stems = analyse(word);
        for (String stem : stems) {
            for (int f = 0; f < FIELDS.length; f++) {
                Term term = new Term(FIELDS[f], stem);
                any.add(new BoostQuery(new TermQuery(term), BOOSTS[f] * 2), Occur.SHOULD);
                int edits = stem.length() >= 7 ? 2 : stem.length() >= 4 ? 1 : 0;
                if (edits > 0) {
                    any.add(new BoostQuery(new FuzzyQuery(term, edits, 1), BOOSTS[f] * 0.6f), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    private Query phrase(String field, String text) {
        List<String> stems = analyse(text);
        if (stems.size() == 1) {
            return new TermQuery(new Term(field, stems.getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
        stems.forEach(s -> phrase.add(new Term(field, s)));
        return phrase.build();
    }

    /** Other names of any glossary term that the query is, or contains as a whole phrase. */
    private Set<String> synonymsOf(String text) {
        String query = " " + String.join(" ", words(text)).toLowerCase(Locale.ROOT) + " ";
        Set<String> names = new LinkedHashSet<>();
        synonyms.forEach((name, others) -> {
            if (query.contains(" " + name + " ")) {
                others.stream().filter(o -> !analyse(o).isEmpty()).forEach(names::add);
            }
        });
        return names;
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : List.of(text.strip().split("[\\s\\-–/]+")).stream()
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}.]", "")).filter(w -> !w.isBlank()).toList();
    }

    private List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static FieldType highlightable() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}

