package org.pedalatlas.figures;

import org.jsoup.nodes.Element;
import org.pedalatlas.content.SourceInfo;
import org.pedalatlas.content.SourceRef;

/**
 * The source marker of the atlas pages — a native {@code <details>} that opens the passage in place — for figure
 * captions. The same markup and styles as the atlas's own markers, so a learner meets one convention everywhere.
 */
final class SourceMarkers {

    private final SourceInfo source;

    SourceMarkers(SourceInfo source) {
        this.source = source;
    }

    String marker(SourceRef ref) {
        return marker(java.util.List.of(ref));
    }

    /** One marker for several passages of one section: a figure's source list names each section once. */
    String marker(java.util.List<SourceRef> refs) {
        String label = source.section(refs.getFirst().section()).label();
        Element details = new Element("details").addClass("src");
        Element summary = details.appendElement("summary");
        summary.appendElement("span").attr("aria-hidden", "true").text("§");
        summary.appendElement("span").addClass("sr-only").text("Source: " + label);
        Element body = details.appendElement("div").addClass("src-body");
        for (SourceRef ref : refs) {
            body.appendElement("blockquote").addClass("src-passage").text("“" + ref.passage().strip() + "”");
        }
        body.appendElement("p").addClass("src-section").text("Source › " + label);
        return details.outerHtml();
    }

    String sectionLabel(SourceRef ref) {
        return source.section(ref.section()).label();
    }
}
