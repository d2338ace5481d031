package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

class NumericAnswerTest {

    private final Question.Numeric micrograms = (Question.Numeric) Questions.numeric().key();
    private final Question.Numeric plain = new Question.Numeric(6, 0, "", List.of(), List.of(0.0, 100.0));

    @Test
    void reads_what_a_clinician_types() {
        assertThat(NumericAnswer.parse("200", micrograms)).contains(200.0);
        assertThat(NumericAnswer.parse("200 mcg", micrograms)).contains(200.0);
        assertThat(NumericAnswer.parse("0,5", plain)).contains(0.5);
        assertThat(NumericAnswer.parse("6.", plain)).contains(6.0);
    }

    @Test
    void unreadable_text_gets_a_typed_problem_with_a_message_for_the_field() {
        assertThat(NumericAnswer.problem("two hundred", micrograms)).get().isInstanceOf(NumberProblem.NotANumber.class)
                .extracting(NumberProblem::message).asString().contains("digits").contains("µg");
        assertThat(NumericAnswer.problem("", micrograms)).get().isInstanceOf(NumberProblem.Missing.class)
                .extracting(NumberProblem::message).asString().contains("Type a number");
        assertThat(NumericAnswer.problem("200 mg", micrograms)).get().isInstanceOf(NumberProblem.UnknownUnit.class)
                .extracting(NumberProblem::message).asString().contains("“mg”").contains("answer in µg");
        assertThat(NumericAnswer.problem("6 cm", plain)).get().isInstanceOf(NumberProblem.NoUnitExpected.class);
        assertThat(NumericAnswer.problem("200 ug", micrograms)).isEmpty();
    }

    @Test
    void a_negative_dose_is_outside_the_sensible_range_and_costs_no_try() {
        assertThat(NumericAnswer.problem("-5 µg", micrograms)).get().isInstanceOf(NumberProblem.OutOfRange.class)
                .extracting(NumberProblem::message).asString().isEqualTo("Type a number from 0 to 1000 µg.");
        assertThat(NumericAnswer.parse("-5", micrograms)).isEmpty();
    }

    @Test
    void an_exponent_is_not_taken_for_a_unit() {
        assertThat(NumericAnswer.problem("1e400", micrograms)).get().isInstanceOf(NumberProblem.NotANumber.class);
        assertThat(NumericAnswer.problem("2E2 µg", micrograms)).get().isInstanceOf(NumberProblem.NotANumber.class);
    }
}
