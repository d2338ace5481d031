package org.pedalatlas.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An annotated schematic figure: an authored SVG drawing ({@code figures/<id>.svg}, checked safe at load) and its
 * annotations ({@code figures/<id>.yml}). Every id named here exists in the drawing; every page id is an atlas page.
 *
 * @param src       keys of {@code sources} that the figure as a whole illustrates
 * @param svg       the drawing's text, as authored
 */
public record Figure(String id, String title, String alt, String description, List<String> pages,
                     Map<String, SourceRef> sources, List<String> src, List<Layer> layers, List<Callout> callouts,
                     List<Hotspot> hotspots, List<Step> steps, String svg, String file) {

    /** A group of the drawing (an SVG element id) that the viewer can show and hide. */
    public record Layer(String id, String label, boolean hidden) {
    }

    /**
     * A numbered label: its number drawn at point {@code x, y} of the drawing, naming the element {@code anchor}.
     */
    public record Callout(int n, String anchor, double x, double y, String text, String src) {
    }

    /** A region of the drawing (an SVG element id) that opens an atlas page; {@code label} is its text label's id. */
    public record Hotspot(String id, String page, String name, List<String> aliases, String label) {
    }

    /** One panel of a sequence: a caption and the drawing's elements that this step shows. */
    public record Step(String title, String caption, List<String> show, String src) {
    }

    public Optional<Hotspot> hotspot(String hotspotId) {
        return hotspots.stream().filter(h -> h.id().equals(hotspotId)).findFirst();
    }
}
