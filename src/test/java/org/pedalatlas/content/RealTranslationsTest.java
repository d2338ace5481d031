package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped Italian and Spanish translations, checked in every build: they pass the checker (numbers guard
 * included), none is stale, none claims a clinician's review that has not happened, and they cover what a workshop
 * and a first reading need.
 */
@ExtendWith(SourceReview.class)
class RealTranslationsTest {

    private static AtlasContent english;
    private static Map<String, Translation> translations;

    @BeforeAll
    static void load() {
        if (!SourceReview.available()) {
            return;
        }
        Path dir = Path.of(System.getProperty("atlas.content.dir", "content"));
        english = new ContentLoader().load(dir, Optional.of(SourceReview.path()));
        translations = new TranslationLoader().load(dir, english);
    }

    @Test
    void italian_and_spanish_load_through_the_checker_and_none_is_stale() {
        assertThat(translations).containsOnlyKeys("it", "es");
        translations.values().forEach(t -> assertThat(t.stale()).as(t.language()).isEmpty());
    }

    @Test
    void no_shipped_translation_is_marked_reviewed_because_no_clinician_has_reviewed_them() {
        translations.values().forEach(t -> assertThat(t.notes().values()).as(t.language())
                .allSatisfy(n -> assertThat(n.reviewed()).isFalse()));
    }

    @Test
    void the_glossary_the_zone_map_and_the_three_zone_pages_are_translated_in_both_languages() {
        for (Translation t : translations.values()) {
            english.glossary().forEach(term -> assertThat(t.term(term.term())).as(t.language() + " " + term.term())
                    .isPresent());
            assertThat(t.zoneMap()).as(t.language()).isPresent();
            english.pages().stream().filter(p -> p.kind() == PageKind.ZONE)
                    .forEach(p -> assertThat(t.page(p.id())).as(t.language() + " " + p.id()).isPresent());
        }
    }

    @Test
    void the_workshop_starter_set_has_thirty_questions_across_every_zone_and_type_translated_in_both() {
        List<Question> starter = english.questions().stream().filter(q -> q.topics().contains(Question.STARTER))
                .toList();
        assertThat(starter).hasSizeGreaterThanOrEqualTo(30);
        Set<Integer> zones = starter.stream().flatMap(q -> q.zones().stream()).collect(Collectors.toSet());
        assertThat(zones).containsExactlyInAnyOrder(1, 2, 3);
        Set<Question.Type> types = starter.stream().map(Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Question.Type.class)));
        assertThat(types).isEqualTo(EnumSet.allOf(Question.Type.class));
        for (Translation t : translations.values()) {
            starter.forEach(q -> assertThat(t.question(q.id())).as(t.language() + " " + q.id()).isPresent());
        }
    }
}
