package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

class NumericAnswerTest {

    private final Question.Numeric micrograms = Questions.numeric().numeric();
    private final Question.Numeric plain = new Question.Numeric(6, 0, "", List.of(), List.of(1.0, 100.0));

    @Test
    void reads_what_a_clinician_types() {
        assertThat(NumericAnswer.parse("200", micrograms)).contains(200.0);
        assertThat(NumericAnswer.parse("200 mcg", micrograms)).contains(200.0);
        assertThat(NumericAnswer.parse("0,5", plain)).contains(0.5);
        assertThat(NumericAnswer.parse("6.", plain)).contains(6.0);
    }

    @Test
    void unreadable_text_gets_a_message_for_the_field() {
        assertThat(NumericAnswer.problem("two hundred", micrograms)).hasValueSatisfying(m -> assertThat(m).contains("digits").contains("µg"));
        assertThat(NumericAnswer.problem("", micrograms)).hasValueSatisfying(m -> assertThat(m).contains("Type a number"));
        assertThat(NumericAnswer.problem("200 mg", micrograms)).hasValueSatisfying(m -> assertThat(m).contains("“mg”").contains("answer in µg"));
        assertThat(NumericAnswer.problem("6 cm", plain)).hasValueSatisfying(m -> assertThat(m).contains("without a unit"));
        assertThat(NumericAnswer.problem("200 ug", micrograms)).isEmpty();
    }
}
