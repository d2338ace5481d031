package org.pedalatlas.trees;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.pedalatlas.base.Words;
import org.pedalatlas.content.DecisionTree;

/**
 * Draws an {@link OverviewMap} as inline SVG. Each node is a link (so it is clickable and reachable with Tab) that
 * names its kind for screen readers; the current node and the nodes walked carry classes for the stylesheet. Its
 * words are in the page's language ({@link Words}).
 */
public final class OverviewSvg {

    private OverviewSvg() {
    }

    /** Where the map's words come from: the page's language ({@code Words::get}) or English ({@code Words::english}). */
    @FunctionalInterface
    public interface Wording {
        String word(String key, Object... args);
    }

    /**
     * The map with its words in the page's language.
     *
     * @param href where a click on a node leads, relative to the app root
     */
    public static String render(String treeTitle, OverviewMap map, String currentId, Set<String> walked,
                                Function<String, String> href) {
        return render(treeTitle, map, currentId, walked, href, Words::get);
    }

    /** The map with its words from {@code words}: English for a printed handout, whatever page asked for it. */
    public static String render(String treeTitle, OverviewMap map, String currentId, Set<String> walked,
                                Function<String, String> href, Wording words) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tree-map\" viewBox=\"0 0 ")
                .append(num(map.width())).append(' ').append(num(map.height())).append("\" width=\"")
                .append(num(map.width())).append("\" role=\"group\" aria-label=\"")
                .append(esc(words.word("trees.map.label", treeTitle)))
                .append("\"><defs><marker id=\"map-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" "
                        + "markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        svg.append("<g class=\"map-lines\">");
        for (OverviewMap.Line line : map.lines()) {
            svg.append("<polyline class=\"map-line")
                    .append(walked.contains(line.from()) && walked.contains(line.to()) ? " walked" : "")
                    .append("\" marker-end=\"url(#map-arrow)\" points=\"");
            line.points().forEach(p -> svg.append(num(p.x())).append(',').append(num(p.y())).append(' '));
            svg.append("\"/>");
        }
        svg.append("</g>");
        // Branch labels are the choices' words; the nodes' links already name where each leads, so screen readers
        // skip the drawn copy.
        svg.append("<g class=\"map-labels\" aria-hidden=\"true\">");
        for (OverviewMap.Label label : map.labels()) {
            svg.append("<g class=\"map-label\"><title>").append(esc(label.text())).append("</title>")
                    .append("<rect x=\"").append(num(label.x() - 2)).append("\" y=\"").append(num(label.y() - 1))
                    .append("\" width=\"").append(num(label.width() + 4)).append("\" height=\"")
                    .append(num(label.height() + 2)).append("\" rx=\"3\"/><text>");
            for (int i = 0; i < label.textLines().size(); i++) {
                svg.append("<tspan x=\"").append(num(label.x())).append("\" y=\"")
                        .append(num(label.y() + 10 + i * OverviewLayout.LABEL_LINE_HEIGHT)).append("\">")
                        .append(esc(label.textLines().get(i))).append("</tspan>");
            }
            svg.append("</text></g>");
        }
        svg.append("</g>");
        for (OverviewMap.Box box : map.boxes()) {
            boolean current = box.nodeId().equals(currentId);
            svg.append("<a class=\"map-node kind-").append(box.kind().name().toLowerCase(Locale.ROOT))
                    .append(current ? " current" : "").append(walked.contains(box.nodeId()) ? " walked" : "")
                    .append("\" id=\"map-").append(box.nodeId()).append("\" href=\"").append(esc(href.apply(box.nodeId())))
                    .append("\" aria-label=\"").append(esc(kind(box.kind(), words))).append(": ").append(esc(box.title()))
                    .append(current ? " " + esc(words.word("trees.map.here")) : "").append('"').append(current ? " aria-current=\"step\"" : "")
                    .append("><title>").append(esc(box.title())).append("</title>");
            svg.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"")
                    .append(num(box.width())).append("\" height=\"").append(num(box.height()))
                    .append("\" rx=\"8\"/>");
            // The link's name is its aria-label (kind and full title); the drawn, possibly shortened text is hidden
            // from screen readers so that name and visible words cannot disagree.
            svg.append("<text class=\"map-kind\" aria-hidden=\"true\" x=\"").append(num(box.x() + OverviewLayout.PADDING)).append("\" y=\"")
                    .append(num(box.y() + OverviewLayout.KIND_LINE)).append("\">").append(esc(kind(box.kind(), words).toUpperCase(Locale.ROOT))).append("</text>");
            svg.append("<text class=\"map-title\" aria-hidden=\"true\">");
            for (int i = 0; i < box.textLines().size(); i++) {
                svg.append("<tspan x=\"").append(num(box.x() + OverviewLayout.PADDING)).append("\" y=\"")
                        .append(num(box.y() + OverviewLayout.FIRST_LINE + i * OverviewLayout.LINE_HEIGHT)).append("\">")
                        .append(esc(box.textLines().get(i))).append("</tspan>");
            }
            svg.append("</text></a>");
        }
        return svg.append("</svg>").toString();
    }

    static String kind(DecisionTree.Kind kind, Wording words) {
        return words.word("trees.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
