package org.pedalatlas.export;

/** Authored text is plain text; Moodle and QTI carry HTML, so text is escaped on the way out and back on re-import. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }
}
