package org.pedalatlas.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.pedalatlas.base.SourceMarker;
import org.pedalatlas.content.GlossaryTerm;
import org.pedalatlas.content.SourceInfo;
import org.pedalatlas.content.SourceRef;

/**
 * Renders authored Markdown to the HTML the atlas shows. Raw HTML in content is escaped and the result is cleaned
 * against a safelist; then {@code [§key]} markers become disclosure widgets that show the source passage in place
 * (native {@code <details>}: keyboard and screen-reader friendly without script), and the first use of each
 * glossary term on a page becomes a focusable term with a tooltip.
 */
final class PageRenderer {

    private static final Pattern MARKERS = Pattern.compile("(\\s*\\[§[^\\]]+\\])+");
    private static final Pattern ONE_MARKER = Pattern.compile("\\[§([^\\]]+)\\]");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img").preserveRelativeLinks(true);
    private static final Pattern ATLAS_LINK = Pattern.compile("\\]\\(atlas:");

    private final SourceInfo source;
    private final List<GlossaryMatcher> glossary;
    private int idSequence;

    PageRenderer(SourceInfo source, List<GlossaryTerm> terms) {
        this.source = source;
        this.glossary = terms.stream().map(GlossaryMatcher::new)
                .sorted(Comparator.comparingInt(GlossaryMatcher::longestName).reversed()).toList();
    }

    /** Renders a page body: Markdown, markers and glossary terms. */
    String render(String markdown, Map<String, SourceRef> sources) {
        String withRoutes = ATLAS_LINK.matcher(markdown).replaceAll("](atlas/");
        String html = Jsoup.clean(HTML.render(PARSER.parse(withRoutes)), "https://atlas.invalid/", SAFE);
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element block : doc.select("p, li, td")) {
            attachMarkers(block, sources);
        }
        markGlossary(doc.body(), new HashSet<>());
        for (Element table : doc.select("table")) {
            table.wrap("<div class=\"table-scroll\"></div>");
        }
        return doc.body().html();
    }

    /** Renders one sentence of prose (a card line, a zone-map statement) with its single source reference. */
    String renderStatement(String text, SourceRef ref) {
        Document doc = Jsoup.parseBodyFragment("");
        doc.outputSettings().prettyPrint(false);
        Element span = doc.body().appendElement("span").addClass("statement");
        span.appendText(text + " ");
        span.appendChild(marker(List.of(ref)));
        markGlossary(doc.body(), new HashSet<>());
        return doc.body().html();
    }

    /** Only a source marker for a reference, for tables and figure lines. */
    String renderMarker(SourceRef ref) {
        return marker(List.of(ref)).outerHtml();
    }

    /**
     * Replaces each run of markers with one disclosure at the very place it was written, so a sentence's source
     * opens right after that sentence. Paragraphs become {@code div.para}: a {@code <details>} may not sit in a
     * {@code <p>}.
     */
    private void attachMarkers(Element block, Map<String, SourceRef> sources) {
        boolean changed = false;
        for (TextNode text : new ArrayList<>(block.textNodes())) {
            String whole = text.getWholeText();
            Matcher run = MARKERS.matcher(whole);
            int from = 0;
            List<org.jsoup.nodes.Node> parts = new ArrayList<>();
            while (run.find()) {
                parts.add(new TextNode(whole.substring(from, run.start())));
                Set<String> keys = new LinkedHashSet<>();
                Matcher one = ONE_MARKER.matcher(run.group());
                while (one.find()) {
                    keys.add(one.group(1).strip());
                }
                parts.add(marker(keys.stream().map(sources::get).filter(r -> r != null).toList()));
                from = run.end();
            }
            if (!parts.isEmpty()) {
                parts.add(new TextNode(whole.substring(from)));
                for (org.jsoup.nodes.Node part : parts) {
                    text.before(part);
                }
                text.remove();
                changed = true;
            }
        }
        if (changed && block.tagName().equals("p")) {
            block.tagName("div").addClass("para");
        }
    }

    private Element marker(List<SourceRef> refs) {
        return SourceMarker.of(source, refs);
    }

    private void markGlossary(Element root, Set<String> done) {
        for (TextNode text : new ArrayList<>(root.textNodes())) {
            markText(text, done);
        }
        for (Element child : new ArrayList<>(root.children())) {
            if (!child.is("a, summary, details, code, pre, h1, h2, h3, h4, .gloss")) {
                markGlossary(child, done);
            }
        }
    }

    private void markText(TextNode node, Set<String> done) {
        String text = node.getWholeText();
        for (GlossaryMatcher term : glossary) {
            if (done.contains(term.slug())) {
                continue;
            }
            Matcher m = term.find(text);
            if (m != null) {
                done.add(term.slug());
                // jsoup refuses to split at either end of a text node, so a term at an edge is not split off there.
                TextNode match = m.start() > 0 ? node.splitText(m.start()) : node;
                TextNode rest = m.end() < text.length() ? match.splitText(m.end() - m.start()) : null;
                match.replaceWith(glossaryTerm(term, m.group()));
                if (match != node) {
                    markText(node, done);
                }
                if (rest != null) {
                    markText(rest, done);
                }
                return;
            }
        }
    }

    private Element glossaryTerm(GlossaryMatcher matcher, String shown) {
        GlossaryTerm term = matcher.term();
        String tipId = "gl-" + term.slug() + "-" + (++idSequence);
        Element span = new Element("span").addClass("gloss").attr("tabindex", "0").attr("aria-describedby", tipId)
                .attr("data-term", term.term());
        span.appendText(shown);
        Element tip = span.appendElement("span").addClass("gloss-tip").attr("role", "tooltip").id(tipId);
        tip.appendElement("strong").text(term.term());
        tip.appendText(term.expansion().isBlank() ? ": " : " (" + term.expansion() + "): ");
        tip.appendText(term.definition() + " ");
        tip.appendElement("a").attr("href", "glossary#" + term.slug()).text("Glossary");
        return span;
    }
}
