package org.pedalatlas.figures;

import java.util.List;

import org.pedalatlas.content.PageRef;
import java.util.Map;

/** What the figure screens see: ready-to-show records, with source markers already rendered. */
public final class FigureRecords {

    private FigureRecords() {
    }

    /** A link to a figure, for galleries and the atlas pages a figure illustrates. */
    public record FigureLink(String id, String title, String alt) {
        public String href() {
            return "figures/" + id;
        }
    }

    /** A gallery card: the link and a small, non-interactive copy of the drawing. */
    public record FigureCard(FigureLink link, String thumbnailUri, int hotspots, int steps) {
    }

    public record Layer(String id, String label, boolean hidden) {
    }

    public record Callout(int n, String text, String anchor, String sourceHtml) {
    }

    public record Hotspot(String id, String name, List<String> aliases, PageRef page) {
    }

    public record Step(String title, String caption, String sourceHtml) {
    }

    /** One cited passage of the figure, with its marker. */
    public record SourceLine(String sectionLabel, String markerHtml) {
    }

    /** A figure as its page shows it; {@code svg} is the drawing prepared for the page. */
    public record FigureDetail(String id, String title, String alt, List<String> description, String svg,
                               List<Layer> layers, List<Callout> callouts, List<Hotspot> hotspots, List<Step> steps,
                               List<SourceLine> sources, List<PageRef> pages) {
    }

    /**
     * A figure prepared for a hotspot question: no labels, no callouts, every region named by a one-off token.
     * {@code regions} maps the tokens to region ids and stays on the server.
     */
    public record QuizFigure(String title, String svg, Map<String, String> regions) {
    }
}
