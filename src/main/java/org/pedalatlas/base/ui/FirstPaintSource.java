package org.pedalatlas.base.ui;

import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A feature whose pages can show their opening text before the browser has run any JavaScript provides a bean of
 * this type ({@link FirstPaint} puts it in the page's HTML). Only text the view itself shows at its top belongs here,
 * with the view's own class names, so the page looks the same before and after Vaadin's client takes over.
 */
public interface FirstPaintSource {

    /** The opening of the page at {@code route} (no leading slash, "" for the zone map), or empty if not this feature's. */
    Optional<Opening> opening(String route, Locale locale);

    /** Which frame the page sits in: the atlas's shell (top bar, drawer) or the workshop hall's bare frame. */
    enum Frame { ATLAS, HALL }

    /** The opening's HTML, written with the view's own class names; every text in it escaped or sanitised. */
    record Opening(Frame frame, String html) {

        /** The opening built as a jsoup tree, written without pretty-printing (which would add spaces to the text). */
        public static Opening of(Frame frame, Element root) {
            Document holder = new Document("");
            holder.outputSettings().prettyPrint(false);
            holder.appendChild(root);
            return new Opening(frame, root.outerHtml());
        }
    }
}
