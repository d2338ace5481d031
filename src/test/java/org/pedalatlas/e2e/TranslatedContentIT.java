package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reader whose browser speaks Italian or Spanish: the zone map, a zone page with a glossary tooltip, a practice
 * question with its feedback, and search, in their language, each with the "not yet reviewed by a clinician" note,
 * on a desktop and on a 360 px phone. The interface around the content is part A's; this journey reads the content.
 */
class TranslatedContentIT extends BrowserTest {

    private BrowserContext localized;

    /** What the journey expects to read in one language; every phrase comes from content/i18n/<language>/. */
    record Reader(String locale, String intro, String greenLine, String zoneTitle, String tooltip,
                  String unreviewed, String quotedEnglish, String correctOption, String explanation,
                  String searchWord) {
    }

    private static final Reader ITALIAN = new Reader("it-IT", "Per questo la fonte suddivide le punture BTA",
            "Linea verde", "Zona 1 — pedidia", "sul dorso del piede", "Traduzione non ancora revisionata da un medico.",
            "Citazione dalla fonte originale in inglese.", "Endoclamping",
            "la profondità dei vasi non consente una compressione manuale sicura", "palloncini");
    private static final Reader SPANISH = new Reader("es-ES", "Por eso la fuente clasifica las punciones BTA",
            "Línea verde", "Zona 1 — pedia", "en el dorso del pie", "Traducción aún no revisada por un médico.",
            "Cita de la fuente original en inglés.", "Endoclamping",
            "la profundidad de los vasos no permite una compresión manual segura", "hemostasia");

    static Stream<Arguments> readers() {
        return Stream.of(Arguments.of(ITALIAN, 1280), Arguments.of(ITALIAN, PHONE_WIDTH),
                Arguments.of(SPANISH, 1280), Arguments.of(SPANISH, PHONE_WIDTH));
    }

    /** Replaces the journey's page by one in a browser whose language is the reader's (Accept-Language too). */
    private void readIn(Reader reader, int width) {
        localized = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale(reader.locale()).setViewportSize(width, 900));
        page = localized.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closeLocalized() {
        if (localized != null) {
            localized.close();
        }
    }

    private String shot(Reader reader, int width, String what) {
        return "translated-" + reader.locale().substring(0, 2) + "-" + what + "-" + width;
    }

    @ParameterizedTest
    @MethodSource("readers")
    void the_zone_map_and_a_zone_page_with_its_tooltip_read_in_the_browsers_language(Reader reader, int width) {
        readIn(reader, width);
        open("");
        assertThat(page.locator(".zone-map-page .lead")).containsText(reader.intro());
        assertThat(page.locator(".boundary-lines")).containsText(reader.greenLine());
        assertThat(page.locator(".translation-unreviewed")).hasText(reader.unreviewed());
        checkPage(reader.locale() + " zone map at " + width);
        screenshot(shot(reader, width, "zone-map"));

        page.locator("#zone-card-1 h2 a").click();
        assertThat(page.locator(".page-main h1")).containsText(reader.zoneTitle());
        assertThat(page.locator(".translation-unreviewed")).hasText(reader.unreviewed());
        Locator dp = page.locator(".gloss[data-term='DP']").first();
        Locator tip = dp.locator(".gloss-tip");
        dp.focus();
        assertThat(tip).isVisible();
        assertThat(tip).containsText(reader.tooltip());
        screenshot(shot(reader, width, "zone-page-tooltip"));
        page.keyboard().press("Escape");
        Locator marker = page.locator(".page-body details.src").last();
        marker.scrollIntoViewIfNeeded();
        marker.locator("summary").click();
        assertThat(marker.locator(".src-passage").first()).hasAttribute("lang", "en");
        assertThat(marker.locator(".src-lang")).hasText(reader.quotedEnglish());
        checkPage(reader.locale() + " zone 1 at " + width);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void a_practice_question_and_its_feedback_read_in_the_browsers_language(Reader reader, int width) {
        readIn(reader, width);
        open("quiz?questions=hemostasis-zones-2-3");
        page.locator("#start-picked").click();
        assertThat(page.locator("#question-stem")).containsText(reader.locale().startsWith("it") ? "Nelle zone 2 e 3"
                : "En las zonas 2 y 3");
        assertThat(page.locator(".question-card .translation-unreviewed")).hasText(reader.unreviewed());
        checkPage(reader.locale() + " practice question at " + width);
        page.locator("#answer-input vaadin-radio-button", new Page.LocatorOptions().setHasText(reader.correctOption()))
                .first().click();
        page.locator("#submit-answer").click();
        assertThat(page.locator("#feedback .explanation")).containsText(reader.explanation());
        assertThat(page.locator("#feedback .src-lang")).hasText(reader.quotedEnglish());
        assertThat(page.locator("#feedback .src-passage")).hasAttribute("lang", "en");
        screenshot(shot(reader, width, "practice-feedback"));
        page.locator("#next-question").click();
        assertThat(page.locator(".review-item")).containsText(reader.explanation());
    }

    @org.junit.jupiter.api.Test
    void a_decision_trees_map_names_its_steps_in_the_readers_language() {
        readIn(ITALIAN, 1280);
        open("trees/wire-wont-advance/flatten?path=back-bleeding.flatten");
        page.locator("#tree-map vaadin-details-summary").click();
        Locator map = page.locator("svg.tree-map");
        assertThat(map).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Mappa di "));
        assertThat(page.locator("#map-flatten")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("^(Domanda|Azione|Esito): .*\\(sei qui\\)$"));
        assertThat(map.locator(".map-kind").first()).hasText(java.util.regex.Pattern.compile("DOMANDA|AZIONE|ESITO"));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void search_finds_a_zone_page_by_a_word_of_the_readers_language(Reader reader, int width) {
        readIn(reader, width);
        open("search?q=" + reader.searchWord());
        Locator zonePage = page.locator("#search-results .hit-title[href^='atlas/zone-']").first();
        assertThat(zonePage).isVisible();
        assertThat(zonePage).containsText("Zona");
        // The hit's kind is named in the reader's language too.
        assertThat(page.locator("#search-results .hits li:has(.hit-title[href^='atlas/zone-']) .chip").first())
                .hasText("Zona");
        assertThat(page.locator("#search-english")).hasCount(0);
        checkPage(reader.locale() + " search at " + width);
        screenshot(shot(reader, width, "search"));
    }

    @org.junit.jupiter.api.Test
    void a_browser_in_a_language_without_a_translation_reads_the_english_atlas_without_notes() {
        localized = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(1280, 900));
        page = localized.newPage();
        open("");
        assertThat(page.locator(".zone-map-page .lead")).containsText("The source therefore sorts BTA punctures");
        assertThat(page.locator(".translation-unreviewed")).hasCount(0);
        open("search?q=palloncini");
        assertThat(page.locator("#search-results")).containsText("Nothing in the atlas matches");
    }
}
