package org.pedalatlas.export;

import org.pedalatlas.base.HtmlText;

/** Authored text is plain text; Moodle and QTI carry HTML, so text is escaped on the way out and back on re-import. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }

    static String unescape(String html) {
        return HtmlText.unescape(html);
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }
}
