package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AnswerTextsTest {

    @Test
    void responses_read_in_the_questions_words() {
        assertThat(AnswerTexts.response(Questions.multiple(), new Response.Choice(Set.of(3, 0)))).isEqualTo("NTG; Saline");
        assertThat(AnswerTexts.response(Questions.multiple(), new Response.Choice(Set.of()))).isEqualTo("(nothing chosen)");
        assertThat(AnswerTexts.response(Questions.trueFalse(), new Response.TrueFalse(false))).isEqualTo("False");
        assertThat(AnswerTexts.response(Questions.numeric(), new Response.Numeric(" 200 mcg "))).isEqualTo("200 mcg");
        assertThat(AnswerTexts.response(Questions.ordering(), new Response.Ordering(List.of(1, 0, 2))))
                .isEqualTo("B → A → C");
        assertThat(AnswerTexts.response(Questions.matching(), new Response.Matching(Map.of(0, 0, 2, 1))))
                .isEqualTo("DP → Zone 1; PT → (none); Tarsal → Zone 2; Plantar arch → (none)");
        assertThat(AnswerTexts.response(Questions.hotspot(), new Response.Hotspot("first-metatarsal")))
                .isEqualTo("First metatarsal");
    }

    @Test
    void keys_read_in_the_questions_words() {
        assertThat(AnswerTexts.key(Questions.multiple())).isEqualTo("NTG; Verapamil; Papaverine");
        assertThat(AnswerTexts.key(Questions.numeric())).isEqualTo("200 µg");
        assertThat(AnswerTexts.key(Questions.ordering())).isEqualTo("A → B → C → D → E");
        assertThat(AnswerTexts.key(Questions.trueFalse())).isEqualTo("True");
    }

    @Test
    void option_lines_mark_the_chosen_and_the_right() {
        var lines = AnswerTexts.options(Questions.single(), new Response.Choice(Set.of(1)));
        assertThat(lines).extracting(BankRecords.OptionLine::text).containsExactly("NTG", "Heparin", "Saline");
        assertThat(lines.get(0).correct()).isTrue();
        assertThat(lines.get(1).chosen()).isTrue();
        assertThat(AnswerTexts.options(Questions.numeric(), new Response.Numeric("1"))).isEmpty();
    }
}
