package org.pedalatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignUpRulesTest {

    private static Map<String, String> check(String password) {
        return SignUpRules.check("alice", password, password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password12", "1234567890", "aaaaaaaaaa", "qwertyuiop"})
    void common_and_guessable_passwords_are_refused_with_the_reason(String password) {
        assertThat(check(password).get("password")).startsWith("This password is too easy to guess");
    }

    @Test
    void a_few_unrelated_words_are_accepted_without_any_composition_rule() {
        assertThat(check("correct horse battery")).isEmpty();
        assertThat(check("blue kettle moss")).isEmpty();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_by_its_bytes_not_its_characters() {
        String eighty = "x".repeat(40) + "kettle moss plantar arch wire lantern"; // 77 chars
        assertThat(SignUpRules.check("alice", "a9".repeat(40), "a9".repeat(40)).get("password"))
                .contains("80 bytes").contains("72");
        assertThat(check(eighty).get("password")).contains("bytes");
        // 36 characters, but 72 bytes: accepted; one accented letter more makes 74 bytes.
        String accented = "éèàùâêîôûç".repeat(3) + "éèàùâê";
        assertThat(accented.length()).isEqualTo(36);
        assertThat(check(accented)).doesNotContainKey("password");
        assertThat(check(accented + "é").get("password")).contains("74 bytes");
    }

    @Test
    void short_passwords_are_counted_in_characters_so_emoji_are_not_penalised() {
        assertThat(check("short pw").get("password")).isEqualTo("Use at least 10 characters.");
        assertThat(check("🦶🦶🦶🦶🦶🦶🦶🦶🦶").get("password")).isEqualTo("Use at least 10 characters.");
    }

    @Test
    void the_username_or_the_sites_name_inside_the_password_is_refused() {
        assertThat(check("alice in wonderland").get("password")).isEqualTo("Do not put your username in your password.");
        assertThat(check("pedalatlas2026").get("password")).startsWith("This password is too easy to guess");
    }

    @Test
    void differing_repeat_and_bad_username_each_have_their_own_message() {
        Map<String, String> errors = SignUpRules.check("a", "correct horse battery", "correct horse batterz");
        assertThat(errors).containsKeys("username", "repeat").doesNotContainKey("password");
    }
}
