package org.pedalatlas.base;

import org.springframework.web.util.HtmlUtils;

/** The one way text is escaped before it is placed inside HTML the atlas builds itself, and read back out of it. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }

    public static String unescape(String html) {
        return html == null ? "" : HtmlUtils.htmlUnescape(html);
    }
}
