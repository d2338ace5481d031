package org.pedalatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void a_browser_asking_for_italian_from_italy_gets_italian() {
        assertThat(Languages.choose(Optional.empty(), Optional.empty(), List.of(Locale.forLanguageTag("it-IT"))))
                .isEqualTo(Locale.ITALIAN);
    }

    @Test
    void the_first_language_the_atlas_speaks_wins_over_ones_it_does_not() {
        assertThat(Languages.choose(Optional.empty(), Optional.empty(),
                List.of(Locale.GERMAN, Locale.forLanguageTag("es-AR"), Locale.ITALIAN))).isEqualTo(SPANISH);
    }

    @Test
    void a_browser_asking_only_for_languages_the_atlas_lacks_gets_english() {
        assertThat(Languages.choose(Optional.empty(), Optional.empty(), List.of(Locale.GERMAN, Locale.JAPANESE)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(Optional.empty(), Optional.empty(), List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_cookie_of_a_choice_made_in_this_browser_beats_the_browser_language() {
        assertThat(Languages.choose(Optional.empty(), Optional.of("es"), List.of(Locale.ITALIAN))).isEqualTo(SPANISH);
    }

    @Test
    void a_signed_in_learner_gets_the_language_kept_on_their_account() {
        assertThat(Languages.choose(Optional.of("es"), Optional.of("it"), List.of(Locale.ENGLISH))).isEqualTo(SPANISH);
    }

    @Test
    void a_tampered_or_unknown_cookie_is_ignored() {
        assertThat(Languages.choose(Optional.empty(), Optional.of("<script>"), List.of(Locale.ITALIAN)))
                .isEqualTo(Locale.ITALIAN);
        assertThat(Languages.choose(Optional.empty(), Optional.of("fr"), List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void each_language_is_named_in_itself() {
        assertThat(Languages.SUPPORTED.stream().map(LanguageSelect::ownName))
                .containsExactly("English", "Italiano", "Español");
    }
}
