package org.pedalatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FirstPaintTest {

    private static final String BOOTSTRAP = """
            <!doctype html><html><head><base href="./..">
            <script type="module" crossorigin src="VAADIN/build/indexhtml-AbC1.js"></script>
            <link rel="modulepreload" crossorigin href="VAADIN/build/generated-X.js">
            <link href="./lumo/lumo.css?v-c=1" rel="stylesheet"></head>
            <body><div id="outlet"></div></body></html>""";

    private static FirstPaintSource source(String route, FirstPaintSource.Frame frame) {
        return (asked, locale) -> asked.equals(route)
                ? Optional.of(FirstPaintSource.Opening.of(frame, new Element("h1").text("A <title> & more")))
                : Optional.empty();
    }

    @Test
    void the_route_is_the_path_without_its_slashes() {
        assertThat(FirstPaint.route(null)).isEmpty();
        assertThat(FirstPaint.route("/")).isEmpty();
        assertThat(FirstPaint.route("/atlas/buddy-needle/")).isEqualTo("atlas/buddy-needle");
    }

    @Test
    void a_page_with_an_opening_carries_it_before_the_outlet_and_starts_the_client_after_the_first_paint() {
        Document document = Jsoup.parse(BOOTSTRAP);
        new FirstPaint(List.of(source("quiz", FirstPaintSource.Frame.ATLAS)), null).insert(document, "quiz", Locale.ENGLISH);

        Element opening = document.body().child(0);
        assertThat(opening.id()).isEqualTo("first-paint");
        assertThat(opening.select("main.page-main h1").text()).isEqualTo("A <title> & more");
        assertThat(opening.select("main h1").outerHtml()).contains("A &lt;title&gt; &amp; more");
        assertThat(opening.select("footer.disclaimer").text()).contains("not a substitute for clinical judgement");
        assertThat(document.body().child(1).id()).isEqualTo("outlet");

        assertThat(document.select("script[src]")).isEmpty();
        assertThat(document.select("link[rel=modulepreload]")).isEmpty();
        String start = document.select("script[type=module]").html();
        assertThat(start).contains("import('./VAADIN/build/indexhtml-AbC1.js')", "first-contentful-paint",
                "setTimeout(start, " + FirstPaint.CLIENT_WAIT_MS + ")");
        assertThat(document.select("link[rel=stylesheet]")).hasSize(1);
    }

    @Test
    void a_hall_page_brings_the_halls_style_sheet_and_its_short_disclaimer() {
        Document document = Jsoup.parse(BOOTSTRAP);
        new FirstPaint(List.of(source("join", FirstPaintSource.Frame.HALL)), null).insert(document, "join", Locale.ENGLISH);

        assertThat(document.select("#first-paint.hall main.hall-main h1")).hasSize(1);
        assertThat(document.select("#first-paint footer.hall-disclaimer").text()).contains("For education only");
        assertThat(document.select("link[rel=stylesheet][href=./styles/hall.css]")).hasSize(1);
    }

    @Test
    void a_page_without_an_opening_is_served_as_vaadin_writes_it() {
        Document document = Jsoup.parse(BOOTSTRAP);
        new FirstPaint(List.of(source("quiz", FirstPaintSource.Frame.ATLAS)), null).insert(document, "glossary", Locale.ENGLISH);

        assertThat(document.getElementById("first-paint")).isNull();
        assertThat(document.select("script[type=module][src*=indexhtml]")).hasSize(1);
        assertThat(document.select("link[rel=modulepreload]")).hasSize(1);
    }

    @Test
    void a_source_that_fails_leaves_the_page_as_vaadin_writes_it() {
        Document document = Jsoup.parse(BOOTSTRAP);
        FirstPaintSource failing = (route, locale) -> {
            throw new IllegalStateException("edition not built");
        };
        new FirstPaint(List.of(failing), null).insert(document, "atlas/zone-1", Locale.ITALIAN);

        assertThat(document.getElementById("first-paint")).isNull();
        assertThat(document.select("script[type=module][src*=indexhtml]")).hasSize(1);
    }
}
