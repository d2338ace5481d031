package org.pedalatlas.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pedalatlas.content.Question;

/**
 * The interface in the reader's language: an Italian browser gets Italian, a choice in the top bar switches the page
 * in place and is remembered by the browser and by the account; in a workshop each phone shows its own language
 * until the presenter fixes one for the room.
 */
class LanguageIT extends WorkshopJourney {

    @ParameterizedTest
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void an_italian_browser_reads_italian_and_switches_to_spanish_by_keyboard(int width) {
        useBrowser(width, "it-IT");
        open("");
        page.waitForFunction("() => document.documentElement.lang === 'it'");
        assertThat(page.locator(".page-main h1")).hasText("Zone di puntura sotto la caviglia");
        assertThat(page.locator("#sign-in")).hasText("Accedi");
        assertThat(page.locator(".edu-badge")).hasText("Solo per uso didattico");
        assertThat(page.locator(".disclaimer")).containsText("Solo a scopo didattico");
        assertThat(page).hasTitle("Mappa delle zone · Pedal Access Atlas");
        screenshot("language-home-it-" + width);
        checkPage("home page in Italian at " + width);

        open("atlas/buddy-needle");
        page.waitForFunction("() => document.documentElement.lang === 'it'");
        assertThat(page.locator("nav.breadcrumb a").first()).hasText("Mappa delle zone");
        assertThat(page.locator(".related h2")).hasText("Correlati");
        String address = page.url();

        // Keyboard only: focus the picker, open it, move to the next language, choose it.
        page.locator("#language vaadin-select-value-button").focus();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#language")).hasAttribute("opened", "");
        // The list takes focus a moment after it opens: each key waits for the item it acts on (CI pressed
        // ArrowDown before the list had focus once, and nothing was chosen).
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Italiano");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("vaadin-select-item[focused]")).hasText("Español");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.documentElement.lang === 'es'");
        assertThat(page.locator("nav.breadcrumb a").first()).hasText("Mapa de zonas");
        assertThat(page.locator(".related h2")).hasText("Relacionado");
        assertThat(page.locator("#sign-in")).hasText("Iniciar sesión");
        org.assertj.core.api.Assertions.assertThat(page.url()).as("the same page, in place").isEqualTo(address);
        screenshot("language-technique-es-" + width);
        checkPage("technique page in Spanish at " + width);

        page.reload();
        page.waitForSelector(RENDERED);
        page.waitForFunction("() => document.documentElement.lang === 'es'");
        assertThat(page.locator(".related h2")).hasText("Relacionado");
        assertThat(page.locator("#language vaadin-select-value-button")).hasText("ES");
    }

    @Test
    void a_learner_who_signed_up_in_spanish_gets_spanish_back_on_another_browser() {
        useBrowser(1280, "es-ES");
        open("");
        assertThat(page.locator(".page-main h1")).hasText("Zonas de punción por debajo del tobillo");
        String username = "lector" + System.nanoTime() % 1_000_000;
        signUp(username, "correct horse battery staple");
        assertThat(page.locator("#sign-out")).hasText("Cerrar sesión");

        // Another device, whose browser asks for English and has never seen the atlas.
        useBrowser(1280, "en-US");
        open("");
        assertThat(page.locator(".page-main h1")).hasText("Below-the-ankle puncture zones");
        signIn(username, "correct horse battery staple");
        page.waitForFunction("() => document.documentElement.lang === 'es'");
        assertThat(page.locator("#sign-out")).hasText("Cerrar sesión");
        assertThat(page.locator("#language vaadin-select-value-button")).hasText("ES");
    }

    @Test
    void each_phone_speaks_its_language_until_the_presenter_fixes_one() {
        // A question of the translated workshop starter set: each phone reads it in its own language.
        Question first = content.content().questions().stream()
                .filter(q -> q.type() == Question.Type.SINGLE && q.topics().contains("workshop-starter"))
                .findFirst().orElseThrow();
        String italianStem = stem(first.id(), java.util.Locale.ITALIAN);
        String spanishStem = stem(first.id(), java.util.Locale.forLanguageTag("es"));
        org.assertj.core.api.Assertions.assertThat(List.of(italianStem, spanishStem)).doesNotContain(first.stem());
        String code = createSession("Taller · Workshop", 120, first);

        Page italian = newPerson(PHONE_WIDTH, 780, "it-IT");
        italian.navigate(url("join/" + code));
        assertThat(italian.locator("#join-nickname label")).hasText("Il tuo nickname");
        italian.locator("#join-nickname input").fill("Giulia");
        italian.locator("#join-button").click();
        assertThat(italian.locator("#play-waiting")).containsText("In attesa che l’istruttore avvii");

        // An English phone whose owner picks Spanish on the join page: the form re-labels, the typed code stays.
        Page spanish = newPerson(PHONE_WIDTH, 780, "en-US");
        spanish.navigate(url("join/" + code));
        assertThat(spanish.locator("#join-nickname label")).hasText("Your nickname");
        spanish.locator("#join-language").click();
        spanish.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Español")).click();
        assertThat(spanish.locator("#join-nickname label")).hasText("Tu apodo");
        spanish.waitForFunction("() => document.documentElement.lang === 'es'");
        assertThat(spanish.locator("#join-code input")).hasValue(code);
        spanish.locator("#join-nickname input").fill("Mateo");
        spanish.locator("#join-button").click();
        assertThat(spanish.locator("#play-waiting")).containsText("Esperando a que el instructor inicie");
        screenshot(italian, "language-phone-lobby-it-360");
        screenshot(spanish, "language-phone-lobby-es-360");
        Accessibility.assertNoViolations(italian, "Italian phone in the lobby");

        // The presenter's screen stays in the presenter's language.
        assertThat(page.locator("#participant-count")).hasText("2 participants");
        page.keyboard().press("n");
        assertThat(page.locator("#presenter-stem")).containsText(first.stem());
        assertThat(italian.locator("#play-stem")).hasText(italianStem);
        assertThat(spanish.locator("#play-stem")).hasText(spanishStem);
        assertThat(italian.locator(".translation-unreviewed")).hasText("Traduzione non ancora revisionata da un medico.");
        assertThat(spanish.locator(".translation-unreviewed")).hasText("Traducción aún no revisada por un médico.");
        screenshot(italian, "language-phone-question-it-360");
        for (Page phone : List.of(italian, spanish)) {
            phone.locator("#answer-input label.choice").first().click();
            phone.locator("#send-answer").click();
        }
        assertThat(italian.locator("#answer-received")).containsText("Risposta ricevuta");
        assertThat(spanish.locator("#answer-received")).containsText("Respuesta recibida");
        assertThat(page.locator("#answer-count")).containsText("2 / 2 answered");

        page.keyboard().press("r");
        assertThat(italian.locator("#play-standing")).containsText("punti · posizione");
        assertThat(spanish.locator("#play-standing")).containsText("puntos · puesto");
        assertThat(italian.locator("#play-verdict")).hasText(java.util.regex.Pattern.compile("Giusto!|In parte giusto|Non giusto"));
        assertThat(spanish.locator("#play-verdict")).hasText(java.util.regex.Pattern.compile("¡Correcto!|Parcialmente correcto|Incorrecto"));
        screenshot(italian, "language-phone-reveal-it-360");

        // The presenter fixes Spanish for the room: the Italian phone follows at once, in place.
        page.locator("#presenter-language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Español")).click();
        assertThat(italian.locator("#play-standing")).containsText("puntos · puesto");
        italian.waitForFunction("() => document.documentElement.lang === 'es'");
        assertThat(italian.locator(".hall-disclaimer")).containsText("Solo con fines educativos");
        assertThat(page.locator("#presenter-leaderboard")).hasText("Leaderboard (L)");
        screenshot(italian, "language-phone-fixed-es-360");
        screenshot("language-presenter-fixed-1280");
    }

    private String stem(String questionId, java.util.Locale language) {
        return content.content(language).questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow().stem();
    }
}
