package org.pedalatlas.base;

import java.util.List;

import org.jsoup.nodes.Element;
import org.pedalatlas.content.SourceInfo;
import org.pedalatlas.content.SourceRef;

/**
 * The source marker every statement carries: a native {@code <details>} whose "§" opens the passage it rests on, in
 * place. One renderer for pages, tables, figure captions and glossary entries, so a learner meets one convention.
 */
public final class SourceMarker {

    private SourceMarker() {
    }

    /** A marker for one or more passages (a sentence may rest on several); a run of one section names it once. */
    public static Element of(SourceInfo source, List<SourceRef> refs) {
        Element details = new Element("details").addClass("src");
        Element summary = details.appendElement("summary");
        summary.appendElement("span").attr("aria-hidden", "true").text("§");
        String sections = String.join(", ", refs.stream().map(r -> source.section(r.section()).label()).distinct().toList());
        summary.appendElement("span").addClass("sr-only").text("Source: " + sections);
        Element body = details.appendElement("div").addClass("src-body");
        for (int i = 0; i < refs.size(); i++) {
            SourceRef ref = refs.get(i);
            body.appendElement("blockquote").addClass("src-passage").text("“" + ref.passage().strip() + "”");
            boolean sectionEnds = i + 1 == refs.size() || !refs.get(i + 1).section().equals(ref.section());
            if (sectionEnds) {
                body.appendElement("p").addClass("src-section").text("Source › " + source.section(ref.section()).label());
            }
        }
        return details;
    }

    /** The marker of one passage, as HTML. */
    public static String html(SourceInfo source, SourceRef ref) {
        return of(source, List.of(ref)).outerHtml();
    }
}
