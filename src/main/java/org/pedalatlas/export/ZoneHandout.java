package org.pedalatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.CardFact;
import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.PageKind;
import org.pedalatlas.content.SourceRef;
import org.pedalatlas.trees.OverviewMap;
import org.pedalatlas.base.Words;
import org.pedalatlas.trees.OverviewSvg;

/**
 * The handout of one zone (A4): the zone page's text with its source passages as numbered notes, the card of each
 * of its vessels, its techniques, the atlas figures that teach them (the authored SVG, embedded as vectors) and the
 * decision trees that lead there, drawn as their overview maps. Figures and trees are chosen by the pages they name:
 * the zone page, its vessels and the techniques of this zone alone (a technique of every zone, such as hemostasis,
 * would pull every figure and tree into every handout).
 */
final class ZoneHandout {

    private static final Pattern MARKER = Pattern.compile("\\[§([A-Za-z0-9_-]+)]");
    /** The tree map's look, as the app's stylesheet draws it, for Batik, which sees no page stylesheet. */
    private static final String MAP_STYLE = "<style>.map-line{fill:none;stroke:#9aa3ae;stroke-width:1.5}"
            + ".map-node rect{fill:#fff;stroke:#1f6f8b;stroke-width:1.5}.map-node.kind-action rect{stroke:#b4701e}"
            + ".map-node.kind-outcome rect{stroke:#2f7d4f;fill:#f1f8f3}.map-label rect{fill:#fbfaf7;stroke:none}"
            + "text{font-family:'DejaVu Sans Condensed',sans-serif}.map-label text{font-size:11px;fill:#3d4a5c}"
            + ".map-kind{font-size:10px;fill:#3d4a5c}.map-title{font-size:13px;fill:#1b2433}</style>";

    private final AtlasContent content;
    private final Function<DecisionTree, OverviewMap> maps;

    ZoneHandout(AtlasContent content, Function<DecisionTree, OverviewMap> maps) {
        this.content = content;
        this.maps = maps;
    }

    byte[] render(int zone) {
        AtlasPage zonePage = content.pages().stream().filter(p -> p.kind() == PageKind.ZONE && p.zone() == zone)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No zone " + zone));
        List<AtlasPage> vessels = zonePage.members().stream().flatMap(id -> content.page(id).stream()).toList();
        List<AtlasPage> techniques = content.pages().stream()
                .filter(p -> p.kind() == PageKind.TECHNIQUE && p.allZones().contains(zone))
                .sorted(Comparator.comparingInt(AtlasPage::order)).toList();
        Set<String> own = new LinkedHashSet<>();
        own.add(zonePage.id());
        vessels.forEach(v -> own.add(v.id()));
        techniques.stream().filter(t -> t.allZones().size() == 1).forEach(t -> own.add(t.id()));

        Pdf pdf = new Pdf("Zone " + zone + " handout · Pedal Access Atlas", zonePage.title() + ": vessels, "
                + "techniques, figures and decision trees", "pdf.css");
        Element body = pdf.body();
        body.appendElement("div").addClass("footer").text("Pedal Access Atlas · zone " + zone + " handout · content "
                + "version " + content.version());
        body.appendElement("h1").text(zonePage.title());
        body.appendElement("p").addClass("lead").text(zonePage.summary());
        Pdf.disclaimer(body);
        Pdf.version(body, content.version());

        List<SourceRef> notes = new ArrayList<>();
        body.appendChild(prose(zonePage.markdown(), zonePage.sources(), notes));

        body.appendElement("h2").text("Vessels");
        for (AtlasPage v : vessels) {
            body.appendElement("h3").text(v.title());
            body.appendElement("p").text(v.summary());
            Element dl = body.appendElement("dl").addClass("card");
            for (CardFact fact : v.card()) {
                dl.appendElement("dt").text(fact.label());
                Element dd = dl.appendElement("dd").text(fact.text());
                SourceRef ref = v.sources().get(fact.src());
                if (ref != null) {
                    dd.appendElement("sup").addClass("note").text(Integer.toString(note(notes, ref)));
                }
            }
        }

        body.appendElement("h2").text("Techniques");
        Element list = body.appendElement("ul");
        techniques.forEach(t -> {
            Element li = list.appendElement("li");
            li.appendElement("b").text(t.title());
            li.appendText(": " + t.summary());
        });

        List<Figure> figures = content.figures().stream().filter(f -> f.pages().stream().anyMatch(own::contains))
                .toList();
        if (!figures.isEmpty()) {
            body.appendElement("h2").text("Figures");
            for (Figure f : figures) {
                Element div = body.appendElement("div").addClass("figure");
                div.appendElement("img").attr("src", svg(forBatik(f.svg()))).attr("alt", f.alt());
                div.appendElement("p").addClass("caption").appendElement("b").text(f.title() + ". ").parent()
                        .appendText(f.description() == null ? "" : f.description());
            }
        }

        List<DecisionTree> trees = content.trees().stream().filter(t -> t.nodes().stream()
                .anyMatch(n -> n.pages().stream().anyMatch(own::contains))).toList();
        if (!trees.isEmpty()) {
            body.appendElement("h2").text("Decision trees");
            for (DecisionTree t : trees) {
                Element div = body.appendElement("div").addClass("figure tree");
                div.appendElement("h3").text(t.title());
                div.appendElement("p").text(t.summary());
                OverviewMap layout = maps.apply(t);
                String map = OverviewSvg.render(t.title(), layout, "", Set.of(), id -> "#" + id, Words::english)
                        .replaceFirst("<defs>", MAP_STYLE + "<defs>")
                        // Batik knows SVG 1.1 only: SVG 2's "auto-start-reverse" would lose the whole drawing.
                        .replace("auto-start-reverse", "auto");
                // At the app's own scale where it fits (a small tree is not blown up), else the page's width.
                div.appendElement("img").attr("src", svg(map))
                        .attr("style", "width: " + Math.round(Math.min(layout.width() * 0.75, 680)) + "px")
                        .attr("alt", "Map of the decision tree " + t.title() + ": " + steps(t));
            }
        }

        body.appendElement("h2").text("Source passages");
        body.appendElement("p").text(content.source().journal() + ", doi:" + content.source().doi() + ".");
        Element ol = body.appendElement("ol").addClass("notes");
        notes.forEach(ref -> ol.appendElement("li").text(content.source().section(ref.section()).label() + ": “"
                + ref.passage().strip() + "”"));
        return pdf.render();
    }

    /** Markdown to HTML with each [§key] marker as a note number; links to other atlas pages kept as their words. */
    private Element prose(String markdown, Map<String, SourceRef> sources, List<SourceRef> notes) {
        Matcher m = MARKER.matcher(markdown);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            SourceRef ref = sources.get(m.group(1));
            m.appendReplacement(text, ref == null ? "" : "⁽" + note(notes, ref) + "⁾");
        }
        m.appendTail(text);
        String html = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(text.toString()));
        Element div = Jsoup.parseBodyFragment(html).body();
        div.select("a").unwrap();
        div.tagName("div").addClass("prose");
        for (Element h : div.select("h2")) {
            h.tagName("h3");
        }
        return div;
    }

    private static int note(List<SourceRef> notes, SourceRef ref) {
        if (!notes.contains(ref)) {
            notes.add(ref);
        }
        return notes.indexOf(ref) + 1;
    }

    /**
     * An authored figure as Batik (SVG 1.1) can draw it on paper. The names have a white halo drawn under them
     * ({@code paint-order="stroke"}, SVG 2); Batik ignores the order and paints the halo over the letters, which would
     * leave them white, so the halo goes. Hotspot hit areas are stroked {@code transparent}, a colour SVG 1.1 lacks:
     * on paper they need no stroke at all.
     */
    static String forBatik(String svg) {
        return svg.replaceAll("(<text[^>]*?) stroke=\"#fff(?:fff)?\" stroke-width=\"[0-9.]+\"", "$1")
                .replace(" paint-order=\"stroke\"", "")
                .replace("stroke=\"transparent\"", "stroke=\"none\"");
    }

    private static String steps(DecisionTree t) {
        return String.join("; ", t.nodes().stream().map(DecisionTree.Node::title).toList());
    }

    private static String svg(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
