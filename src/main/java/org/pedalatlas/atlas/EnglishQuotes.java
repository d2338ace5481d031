package org.pedalatlas.atlas;

import java.util.Locale;
import java.util.ResourceBundle;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * In a translated page the source passages stay in English (they quote the English source): this marks them
 * {@code lang="en"} for screen readers and says so under each one, in the reader's language. The words come from
 * the interface bundles that Vaadin's I18N provider reads, so translators keep them in one place.
 */
final class EnglishQuotes {

    private final String note;

    EnglishQuotes(String language) {
        this.note = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("content.quote.english");
    }

    String mark(String html) {
        if (html == null || !html.contains("src-passage")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element body : doc.select(".src-body")) {
            body.select(".src-passage").attr("lang", "en");
            body.appendElement("p").addClass("src-lang").text(note);
        }
        return doc.body().html();
    }
}
