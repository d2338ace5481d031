package org.pedalatlas.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pedalatlas.base.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Text before JavaScript. Vaadin's client draws nothing until its scripts have loaded and run and the first
 * server round trip is back: seconds on a slow phone. So the page's HTML carries its opening (heading, lead, and for
 * an atlas page the whole text) in a frame laid out like the real shell, from the {@link FirstPaintSource} that owns
 * the route. The reader reads at once; when the first view is in place, the opening is removed in the same step, so
 * the page is never shown twice; a reader who had scrolled on keeps their place. Without JavaScript the opening,
 * with the educational-use disclaimer, stays.
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FirstPaint.class);
    static final String ID = "first-paint";
    /**
     * Removes the opening. A reader who had scrolled it is remembered by the block of the article at the top of the
     * screen, so the page script can put that block back where it was in the real page (components/page-nav.js).
     */
    private static final String REMOVE = """
            const opening = document.getElementById('%s');
            if (opening) {
              if (window.scrollY > 0) {
                const blocks = [...opening.querySelectorAll('.prose > *')];
                const index = blocks.findIndex(b => b.getBoundingClientRect().bottom > 0);
                if (index >= 0) {
                  window.pedalResume = { index: index, top: blocks[index].getBoundingClientRect().top };
                }
              }
              opening.remove();
            }""".formatted(ID);

    /** How long a page waits for its first paint before it starts the client anyway. */
    static final int CLIENT_WAIT_MS = 3000;

    /** Starts Vaadin's client after the first contentful paint (see {@link #startClientAfterPaint}). */
    private static final String START = """
            let started = false;
            const start = () => { if (!started) { started = true; import('%s'); } };
            try {
              new PerformanceObserver((list, observer) => {
                if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); setTimeout(start); }
              }).observe({ type: 'paint', buffered: true });
              setTimeout(start, %d);
            } catch (unsupported) {
              requestAnimationFrame(() => setTimeout(start));
            }""";

    private final List<FirstPaintSource> sources;
    private final LanguageSetup languages;

    FirstPaint(List<FirstPaintSource> sources, LanguageSetup languages) {
        this.sources = sources;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            insert(response.getDocument(), route(request.getPathInfo()), languages.pick(request));
        });
        event.getSource().addUIInitListener(init -> removeOnArrival(init.getUI()));
    }

    /** The first view's DOM and this removal reach the browser in one response, applied in one task. */
    private static void removeOnArrival(UI ui) {
        Registration[] registration = new Registration[1];
        AfterNavigationListener listener = arrived -> {
            ui.getPage().executeJs(REMOVE);
            registration[0].remove();
        };
        registration[0] = ui.addAfterNavigationListener(listener);
    }

    static String route(String pathInfo) {
        return pathInfo == null ? "" : pathInfo.replaceAll("^/+|/+$", "");
    }

    void insert(Document document, String route, Locale locale) {
        Optional<FirstPaintSource.Opening> opening;
        try {
            opening = sources.stream().map(source -> source.opening(route, locale)).flatMap(Optional::stream).findFirst();
        } catch (RuntimeException failed) {
            // The opening is a head start, not the page: without it the page still loads, as it did before.
            log.warn("No opening for /{}: the page is served without it", route, failed);
            return;
        }
        opening.ifPresent(o -> {
            document.body().prependChild(frame(document, o, locale));
            startClientAfterPaint(document);
        });
    }

    /**
     * Vaadin's client starts once the opening has been painted, not before. Loaded at once, its scripts share a slow
     * line with the style sheets the text needs, and the browser's first frame came only after they had started to
     * run (Chromium's trace: the first paint 1 s after the scripts were asked for). So the client is fetched when
     * the browser reports its first contentful paint, or after {@value #CLIENT_WAIT_MS} ms if it reports none (a tab
     * opened in the background paints nothing).
     */
    static void startClientAfterPaint(Document document) {
        Element bootstrap = document.head().selectFirst("script[type=module][src*=indexhtml]");
        if (bootstrap == null) {
            return;
        }
        String src = "./" + bootstrap.attr("src").replaceFirst("^\\./", "");
        document.head().select("link[rel=modulepreload]").remove();
        bootstrap.after(new Element("script").attr("type", "module").appendChild(new DataNode(START.formatted(
                src.replace("'", "%27"), CLIENT_WAIT_MS))));
        bootstrap.remove();
    }

    private static Element frame(Document document, FirstPaintSource.Opening opening, Locale locale) {
        Element root = new Element("div").id(ID).addClass("first-paint");
        if (opening.frame() == FirstPaintSource.Frame.HALL) {
            // The hall's style sheet comes with its layout, which is not there yet.
            document.head().appendElement("link").attr("rel", "stylesheet").attr("href", "./styles/hall.css");
            root.addClass("hall");
            root.appendElement("main").addClass("hall-main").append(opening.html());
            Element footer = root.appendElement("footer").addClass("hall-disclaimer")
                    .attr("aria-label", Words.in(locale, "base.disclaimer.label"));
            footer.appendElement("span").text(Words.in(locale, "workshop.hall.disclaimer") + " ");
            footer.appendElement("a").attr("href", "about").text(Words.in(locale, "workshop.hall.about"));
            return root;
        }
        root.addClass("first-paint-atlas");
        Element bar = root.appendElement("header").addClass("first-paint-bar");
        bar.appendElement("div").addClass("brand").appendElement("a").attr("href", "").text(Words.in(locale, "base.brand"));
        bar.appendElement("span").addClass("edu-badge").text(Words.in(locale, "base.edu-badge"));
        Element frame = root.appendElement("div").addClass("page-frame");
        frame.appendElement("main").addClass("page-main").append(opening.html());
        frame.appendElement("footer").addClass("disclaimer").attr("aria-label", Words.in(locale, "base.disclaimer.label"))
                .appendElement("p").text(Words.in(locale, "base.disclaimer"));
        return root;
    }
}
