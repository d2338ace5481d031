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
    void nicknames_that_differ_only_in_case_accents_or_spaces_are_the_same() {
        assertThat(SessionRules.nicknameKey("  Zoë   Lee ")).isEqualTo(SessionRules.nicknameKey("zoe lee"));
        assertThat(SessionRules.cleanNickname("  Zoë   Lee ")).isEqualTo("Zoë Lee");
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
    void wrong_codes_are_throttled_per_client_within_the_window() {
        JoinThrottle throttle = new JoinThrottle(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("10.0.0.1", now)).isFalse();
            throttle.miss("10.0.0.1", now);
        }
        assertThat(throttle.blocked("10.0.0.1", now.plusSeconds(30))).isTrue();
        assertThat(throttle.blocked("10.0.0.2", now)).isFalse();
        assertThat(throttle.blocked("10.0.0.1", now.plusSeconds(61))).isFalse();
    }

    @Test
    void csv_cells_are_quoted_and_formulas_neutralised() {
        assertThat(WorkshopCsv.cell("Dr \"A\"")).isEqualTo("\"Dr \"\"A\"\"\"");
        assertThat(WorkshopCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
    }
}
