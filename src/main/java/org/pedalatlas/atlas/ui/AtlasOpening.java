package org.pedalatlas.atlas.ui;

import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.PageLink;
import org.pedalatlas.atlas.PageView;
import org.pedalatlas.base.Words;
import org.pedalatlas.base.ui.FirstPaintSource;
import org.springframework.stereotype.Component;

/**
 * The zone map's heading and introduction, and an atlas page's heading, lead and whole text, in the HTML before
 * JavaScript ({@link FirstPaintSource}): the same structure and class names as {@link ZoneMapPage} and
 * {@link AtlasPageView} draw, so nothing moves sideways when they take over.
 */
@Component
class AtlasOpening implements FirstPaintSource {

    private final AtlasService atlas;

    AtlasOpening(AtlasService atlas) {
        this.atlas = atlas;
    }

    @Override
    public Optional<Opening> opening(String route, Locale locale) {
        if (route.isEmpty() || route.equals("atlas")) {
            Element page = new Element("div").addClass("zone-map-page");
            page.appendElement("h1").text(Words.in(locale, "atlas.map.heading"));
            page.appendElement("div").appendElement("div").addClass("lead").append(atlas.zoneMap(locale).introHtml());
            return Optional.of(Opening.of(Frame.ATLAS, page));
        }
        if (!route.startsWith("atlas/")) {
            return Optional.empty();
        }
        return atlas.page(route.substring("atlas/".length()), locale).map(page -> Opening.of(Frame.ATLAS, opening(page, locale)));
    }

    private static Element opening(PageView page, Locale locale) {
        Element root = new Element("div").addClass("atlas-page");
        Element crumbs = root.appendElement("nav").addClass("breadcrumb").attr("aria-label", Words.in(locale, "base.breadcrumb"))
                .appendElement("ol");
        crumbs.appendElement("li").appendElement("a").attr("href", "").text(Words.in(locale, "base.menu.route.home"));
        for (int i = 0; i < page.breadcrumb().size(); i++) {
            PageLink link = page.breadcrumb().get(i);
            Element entry = crumbs.appendElement("li").appendElement("a").attr("href", link.href()).text(link.title());
            if (i == page.breadcrumb().size() - 1) {
                entry.attr("aria-current", "page");
            }
        }
        Element header = root.appendElement("div").addClass("page-header");
        Element chips = header.appendElement("div").addClass("chips");
        chips.appendElement("span").addClass("chip").addClass("chip-kind")
                .text(page.kind().label(locale));
        page.zones().forEach(z -> chips.appendElement("span").addClass("chip").addClass("chip-zone-" + z)
                .text(Words.in(locale, "atlas.page.zone", z)));
        header.appendElement("h1").text(page.title());
        header.appendElement("p").addClass("lead").text(page.summary());
        root.appendElement("div").addClass("page-body").appendElement("div").addClass("prose").append(page.bodyHtml());
        return root;
    }
}
