package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Translation overlays over the valid fixture: field fallback, stale and unreviewed notes, refusals. */
@ExtendWith(SourceReview.class)
class TranslationOverlayTest {

    private static final String IT_QUESTIONS = "i18n/it/questions/sample.yml";

    @TempDir
    Path temp;

    private ContentFixture fixture() {
        return ContentFixture.copyOfValid(temp);
    }

    private Map<String, Translation> load(ContentFixture fixture) {
        AtlasContent english = fixture.load();
        return new TranslationLoader().load(temp, english);
    }

    private String fingerprint(String key) {
        return TranslationLoader.fingerprints(new ContentLoader().load(ContentFixture.VALID,
                java.util.Optional.of(SourceReview.require()))).get(key);
    }

    private String ntgOverlay(String from, String explanation) {
        return """
                questions:
                  - id: ntg-dose
                    from: %s
                    stem: Quale bolo di NTG indica la fonte, in µg?
                    explanation: %s
                """.formatted(from, explanation);
    }

    @Test
    void translated_fields_replace_the_english_and_missing_fields_fall_back_field_by_field() {
        String from = fingerprint("question:dp-easiest");
        var it = load(fixture().write(IT_QUESTIONS, """
                questions:
                  - id: dp-easiest
                    from: %s
                    stem: Quale arteria è una delle più facili e più spesso punte?
                    options:
                      - text: Arteria pedidia
                      - why: È una tecnica, non un'arteria.
                """.formatted(from))).get("it");
        Question q = it.content().questions().stream().filter(x -> x.id().equals("dp-easiest")).findFirst().orElseThrow();
        assertThat(q.stem()).isEqualTo("Quale arteria è una delle più facili e più spesso punte?");
        assertThat(q.explanation()).isEqualTo("The DP is where most operators begin.");
        var options = ((Question.SingleChoice) q.key()).options();
        assertThat(options.get(0).text()).isEqualTo("Arteria pedidia");
        assertThat(options.get(0).why()).isEqualTo("Reasonable caliber, superficial and straight.");
        assertThat(options.get(0).correct()).isTrue();
        assertThat(options.get(1).text()).isEqualTo("Buddy needle");
        assertThat(options.get(1).why()).isEqualTo("È una tecnica, non un'arteria.");
        assertThat(it.question("dp-easiest")).hasValueSatisfying(n -> assertThat(n.stale()).isFalse());
        assertThat(it.question("ntg-dose")).isEmpty();
    }

    @Test
    void a_translated_dose_that_differs_from_the_english_is_refused_naming_file_line_and_field() {
        var fixture = fixture().write(IT_QUESTIONS, ntgOverlay(fingerprint("question:ntg-dose"),
                "La NTG si somministra in bolo da 250 µg."));
        var e = catchThrowableOfType(ContentException.class, () -> load(fixture));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(IT_QUESTIONS);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.field()).isEqualTo("explanation");
            assertThat(p.message()).contains("200 µg").contains("250 µg");
        });
    }

    @Test
    void a_decimal_comma_is_the_same_number_as_the_english_decimal_point() {
        assertThat(NumbersGuard.difference("Give 0.5 mg, then 5,000 IU.", "Somministrare 0,5 mg, poi 5.000 UI.", "it"))
                .isEmpty();
        assertThat(NumbersGuard.difference("Give 0.5 mg.", "Administrar 0,4 mg.", "es"))
                .hasValueSatisfying(why -> assertThat(why).contains("0.5 mg").contains("0.4 mg"));
        assertThat(NumbersGuard.difference("between 250 and 300 seconds", "tra 250 e 300 secondi", "it")).isEmpty();
        assertThat(NumbersGuard.difference("a 0.014″ wire", "una guida 0.014″", "it")).isEmpty();
    }

    @Test
    void a_translation_of_an_english_item_that_has_changed_since_is_stale_not_refused() {
        String before = fingerprint("question:ntg-dose");
        var fixture = fixture().write(IT_QUESTIONS, ntgOverlay(before, "La NTG si somministra in bolo da 200 µg."))
                .edit("questions/sample.yml", s -> s.replace("explanation: NTG is given as a 200 µg bolus.",
                        "explanation: NTG is given as a single 200 µg bolus."));
        Translation it = load(fixture).get("it");
        assertThat(it.stale()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("ntg-dose");
            assertThat(s.from()).isEqualTo(before);
            assertThat(s.now()).isNotEqualTo(before);
        });
        assertThat(it.question("ntg-dose")).hasValueSatisfying(n -> assertThat(n.stale()).isTrue());
    }

    @Test
    void without_reviewed_by_the_unreviewed_note_is_on_and_a_reviewer_turns_it_off() {
        String from = fingerprint("question:ntg-dose");
        var unreviewed = load(fixture().write(IT_QUESTIONS, ntgOverlay(from, "Bolo da 200 µg."))).get("it");
        assertThat(unreviewed.question("ntg-dose")).hasValueSatisfying(n -> assertThat(n.reviewed()).isFalse());

        ContentFixture reviewedFixture = ContentFixture.copyOfValid(temp.resolve("reviewed"));
        reviewedFixture.write(IT_QUESTIONS, "reviewed-by: Dr. Rossi\n" + ntgOverlay(from, "Bolo da 200 µg."));
        var reviewed = new TranslationLoader().load(temp.resolve("reviewed"), reviewedFixture.load()).get("it");
        assertThat(reviewed.question("ntg-dose")).hasValueSatisfying(n -> assertThat(n.reviewed()).isTrue());
    }

    @Test
    void unknown_ids_unknown_fields_and_a_missing_from_are_refused_with_a_hint() {
        String from = fingerprint("question:ntg-dose");
        var fixture = fixture().write(IT_QUESTIONS, """
                questions:
                  - id: no-such-question
                    from: %s
                    stem: Domanda
                  - id: ntg-dose
                    stem: Quale bolo di NTG?
                """.formatted(from)).write("i18n/es/glossary.yml", """
                terms:
                  - id: ACT
                    from: 12345678
                    definición: El tiempo de coagulación.
                """);
        var e = catchThrowableOfType(ContentException.class, () -> load(fixture));
        assertThat(e.problems()).extracting(ContentProblem::toString).anySatisfy(p -> assertThat(p)
                        .contains(IT_QUESTIONS + ":2").contains("no English question 'no-such-question'"))
                .anySatisfy(p -> assertThat(p).contains(IT_QUESTIONS).contains("[from]")
                        .contains("add from: " + from))
                .anySatisfy(p -> assertThat(p).contains("i18n/es/glossary.yml").contains("unknown key 'definición'"));
    }

    @Test
    void the_zone_page_glossary_and_zone_map_are_laid_over_and_the_store_serves_them_by_locale() {
        var fixture = fixture().write("i18n/it/atlas/zones/zone-1.md", """
                ---
                id: zone-1
                from: %s
                title: Zona 1
                ---
                La zona 1 comprende la pedidia e le arterie tibiale posteriore distale / plantare comune. [§members]
                """.formatted(fingerprint("page:zone-1"))).write("i18n/it/glossary.yml", """
                terms:
                  - id: DP
                    from: %s
                    expansion: arteria pedidia
                    aliases: [pedidia]
                    definition: L'arteria pedidia.
                """.formatted(fingerprint("term:DP")));
        Translation it = load(fixture).get("it");
        AtlasPage page = it.content().page("zone-1").orElseThrow();
        assertThat(page.title()).isEqualTo("Zona 1");
        assertThat(page.summary()).startsWith("The dorsalis pedis");
        assertThat(page.markdown()).startsWith("La zona 1 comprende");
        GlossaryTerm dp = it.content().glossary().stream().filter(t -> t.term().equals("DP")).findFirst().orElseThrow();
        assertThat(dp.term()).isEqualTo("DP");
        assertThat(dp.aliases()).contains("pedidia");
        assertThat(dp.definition()).isEqualTo("L'arteria pedidia.");
        assertThat(it.page("zone-1")).hasValueSatisfying(n -> assertThat(n.reviewed()).isFalse());
        assertThat(it.term("DP")).isPresent();
        assertThat(it.zoneMap()).isEmpty();
        assertThat(List.of(it.language())).containsExactly(Locale.ITALIAN.getLanguage());
    }

    @Test
    void a_number_changed_in_an_option_or_a_page_body_is_refused_at_its_own_line() {
        var fixture = fixture().write(IT_QUESTIONS, """
                questions:
                  - id: dp-easiest
                    from: %s
                    options:
                      - text: Arteria pedidia
                        why: Calibro ragionevole, superficiale e rettilinea.
                      - text: Buddy needle
                        why: È una tecnica con 2 aghi, non un'arteria.
                """.formatted(fingerprint("question:dp-easiest"))).write("i18n/it/atlas/zones/zone-1.md", """
                ---
                id: zone-1
                from: %s
                ---
                La zona 2 comprende la pedidia e le arterie tibiale posteriore distale / plantare comune. [§members]
                """.formatted(fingerprint("page:zone-1")));
        var e = catchThrowableOfType(ContentException.class, () -> load(fixture));
        assertThat(e.problems()).extracting(ContentProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith(IT_QUESTIONS + ":8 [options[1].why]").contains("2"))
                .anySatisfy(p -> assertThat(p).startsWith("i18n/it/atlas/zones/zone-1.md:5 [body]")
                        .contains("the English has 1").contains("the translation has 2"));
    }
}
