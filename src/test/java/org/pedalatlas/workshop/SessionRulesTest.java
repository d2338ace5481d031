package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void answers_are_accepted_only_while_the_question_is_open_and_before_it_closes() {
        assertThat(SessionRules.accepts(Phase.QUESTION, now.plusSeconds(1), now)).isTrue();
        assertThat(SessionRules.accepts(Phase.QUESTION, now, now)).isTrue();
        assertThat(SessionRules.accepts(Phase.QUESTION, now.minusMillis(1), now)).isFalse();
        assertThat(SessionRules.accepts(Phase.QUESTION, null, now)).isTrue();
        for (Phase closed : new Phase[] {Phase.LOBBY, Phase.PAUSED, Phase.REVEAL, Phase.LEADERBOARD, Phase.ENDED}) {
            assertThat(SessionRules.accepts(closed, now.plusSeconds(10), now)).as(closed.name()).isFalse();
        }
    }

    @Test
    void correctness_scoring_pays_the_share_that_is_right() {
        assertThat(SessionRules.points(Scoring.CORRECTNESS, 1, Duration.ofSeconds(29), 30)).isEqualTo(1000);
        assertThat(SessionRules.points(Scoring.CORRECTNESS, 0.5, Duration.ofSeconds(1), 30)).isEqualTo(500);
        assertThat(SessionRules.points(Scoring.CORRECTNESS, 0, Duration.ZERO, 30)).isZero();
    }

    @Test
    void speed_scoring_halves_at_the_last_moment_and_never_pays_a_wrong_answer() {
        assertThat(SessionRules.points(Scoring.SPEED, 1, Duration.ZERO, 20)).isEqualTo(1000);
        assertThat(SessionRules.points(Scoring.SPEED, 1, Duration.ofSeconds(10), 20)).isEqualTo(750);
        assertThat(SessionRules.points(Scoring.SPEED, 1, Duration.ofSeconds(20), 20)).isEqualTo(500);
        assertThat(SessionRules.points(Scoring.SPEED, 1, Duration.ofSeconds(40), 20)).isEqualTo(500);
        assertThat(SessionRules.points(Scoring.SPEED, 0.5, Duration.ofSeconds(10), 20)).isEqualTo(375);
        assertThat(SessionRules.points(Scoring.SPEED, 0, Duration.ZERO, 20)).isZero();
    }

    @Test
    void nicknames_have_length_and_character_limits() {
        assertThat(SessionRules.nicknameProblem("Dr Ana")).isEmpty();
        assertThat(SessionRules.nicknameProblem("Zoë O'Brien-Ruiz")).isEmpty();
        assertThat(SessionRules.nicknameProblem("A")).contains(SessionRules.NicknameProblem.TOO_SHORT);
        assertThat(SessionRules.NicknameProblem.TOO_SHORT.message()).contains("at least 2");
        assertThat(SessionRules.nicknameProblem("x".repeat(21))).contains(SessionRules.NicknameProblem.TOO_LONG);
        assertThat(SessionRules.NicknameProblem.TOO_LONG.message()).contains("at most 20");
        assertThat(SessionRules.nicknameProblem("<script>")).contains(SessionRules.NicknameProblem.BAD_CHARACTERS);
        assertThat(SessionRules.nicknameProblem("   ")).isPresent();
    }

    @Test
    void nicknames_that_differ_only_in_case_latin_accents_or_spaces_are_the_same() {
        assertThat(SessionRules.sameNameKey("  Zoë   Lee ")).isEqualTo(SessionRules.sameNameKey("zoe lee"));
        assertThat(SessionRules.sameNameKey("Alice")).isEqualTo(SessionRules.sameNameKey("alice"));
        assertThat(SessionRules.nicknameKey("Alice")).isEqualTo(SessionRules.nicknameKey("ALICE"));
        assertThat(SessionRules.cleanNickname("  Zoë   Lee ")).isEqualTo("Zoë Lee");
        assertThat(SessionRules.cleanNickname("Zoë\u00A0\u3000Lee\u00A0")).isEqualTo("Zoë Lee");
    }

    @Test
    void nicknames_in_every_script_with_their_vowel_marks_are_accepted() {
        assertThat(SessionRules.nicknameProblem("अनिल")).isEmpty();
        assertThat(SessionRules.nicknameProblem("सुरेश कुमार")).isEmpty();
        assertThat(SessionRules.nicknameProblem("สมชาย")).isEmpty();
        assertThat(SessionRules.nicknameProblem("مُحَمَّد")).isEmpty();
        assertThat(SessionRules.nicknameProblem("Παναγιώτης")).isEmpty();
        assertThat(SessionRules.nicknameProblem("Дмитрий")).isEmpty();
        assertThat(SessionRules.nicknameProblem("김민준")).isEmpty();
        assertThat(SessionRules.nicknameProblem("李明")).isEmpty();
        assertThat(SessionRules.nicknameProblem("יוֹסֵף")).isEmpty();
        // Persian spells with a zero-width non-joiner between two letters: it changes their shape, not the text.
        assertThat(SessionRules.nicknameProblem("می\u200Cخواهم")).isEmpty();
    }

    @Test
    void the_length_is_counted_in_characters_as_a_reader_sees_them() {
        // Twenty Devanagari syllables with their vowel signs: forty code units, twenty characters.
        assertThat(SessionRules.nicknameProblem("नि".repeat(20))).isEmpty();
        assertThat(SessionRules.nicknameProblem("नि".repeat(21))).contains(SessionRules.NicknameProblem.TOO_LONG);
        assertThat(SessionRules.nicknameProblem("مُ".repeat(20))).isEmpty();
        assertThat(SessionRules.nicknameProblem("अ")).contains(SessionRules.NicknameProblem.TOO_SHORT);
    }

    @Test
    void control_invisible_and_symbol_characters_are_refused() {
        var bad = SessionRules.NicknameProblem.BAD_CHARACTERS;
        assertThat(SessionRules.nicknameProblem("Ali\u200Bce")).as("zero-width space").contains(bad);
        assertThat(SessionRules.nicknameProblem("Ali\u200Dce")).as("joiner inside Latin").contains(bad);
        assertThat(SessionRules.nicknameProblem("Alice\u2060")).as("word joiner at the end").contains(bad);
        assertThat(SessionRules.nicknameProblem("\u202EecilA")).as("right-to-left override").contains(bad);
        assertThat(SessionRules.nicknameProblem("Ali\u0007ce")).as("bell").contains(bad);
        assertThat(SessionRules.nicknameProblem("Ali\uE000ce")).as("private use").contains(bad);
        assertThat(SessionRules.nicknameProblem("Alice ★")).as("symbol").contains(bad);
        assertThat(SessionRules.nicknameProblem("\u0301Alice")).as("a mark with no letter").contains(bad);
        assertThat(SessionRules.nicknameProblem("Zalgo" + "\u0334\u0335\u0336\u0337\u0338"))
                .contains(SessionRules.NicknameProblem.STACKED_MARKS);
    }

    @Test
    void a_cyrillic_or_greek_look_alike_has_the_latin_names_key() {
        assertThat(SessionRules.nicknameKey("\u0410lice")).as("Cyrillic А").isEqualTo(SessionRules.nicknameKey("Alice"));
        assertThat(SessionRules.nicknameKey("\u0391lice")).as("Greek Α").isEqualTo(SessionRules.nicknameKey("Alice"));
        assertThat(SessionRules.nicknameKey("\u0420\u0430ul")).as("Cyrillic Р and а").isEqualTo(SessionRules.nicknameKey("Paul"));
        assertThat(SessionRules.lookalikeKeys("AIice")).as("capital I for l")
                .containsAnyElementsOf(SessionRules.lookalikeKeys("Alice"));
        assertThat(SessionRules.nicknameKey("अनिल")).isNotEqualTo(SessionRules.nicknameKey("अनल"));
        assertThat(SessionRules.lookalikeKeys("Ana")).doesNotContainAnyElementsOf(SessionRules.lookalikeKeys("Ben"));
    }

    @Test
    void join_codes_are_six_digits() {
        for (int i = 0; i < 50; i++) {
            assertThat(SessionRules.isCode(SessionRules.newCode())).isTrue();
        }
        assertThat(SessionRules.isCode("12345")).isFalse();
        assertThat(SessionRules.isCode("12a456")).isFalse();
    }

    @Test
    void csv_cells_are_quoted_and_formulas_neutralised() {
        assertThat(WorkshopCsv.cell("Dr \"A\"")).isEqualTo("\"Dr \"\"A\"\"\"");
        assertThat(WorkshopCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
    }
}
