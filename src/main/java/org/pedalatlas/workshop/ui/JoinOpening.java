package org.pedalatlas.workshop.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.pedalatlas.base.Words;
import org.pedalatlas.base.ui.FirstPaintSource;
import org.springframework.stereotype.Component;

/**
 * The join page's heading and introduction in the HTML before JavaScript, as {@link JoinView} draws them: a phone
 * that scanned the hall's QR code shows the workshop's words at once instead of a blank screen.
 */
@Component
class JoinOpening implements FirstPaintSource {

    private static final Pattern JOIN = Pattern.compile("(join|j)(/[^/]*)?");

    @Override
    public Optional<Opening> opening(String route, Locale locale) {
        if (!JOIN.matcher(route).matches()) {
            return Optional.empty();
        }
        Element page = new Element("div").addClass("join-page");
        page.appendElement("h1").text(Words.in(locale, "workshop.join.heading"));
        page.appendElement("p").text(Words.in(locale, "workshop.join.intro"));
        return Optional.of(Opening.of(Frame.HALL, page));
    }
}
