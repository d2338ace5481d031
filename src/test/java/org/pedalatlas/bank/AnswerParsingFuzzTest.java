package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.pedalatlas.content.Question;

/**
 * Whatever a learner types as a numeric answer, and whatever text sits in an answer column, the parsers answer
 * with a result or their documented refusal — never another exception, which the page would show as an error.
 * Coverage-guided by Jazzer for a bounded time in {@code ./mvnw verify}; its seeds only, in plain {@code test}.
 */
class AnswerParsingFuzzTest {

    private static final Question.Numeric DOSE = (Question.Numeric) Questions.numeric().key();
    private static final Question.Numeric NO_UNIT = new Question.Numeric(3, 0.5, "", java.util.List.of(),
            java.util.List.of(-10.0, 10.0));

    @FuzzTest(maxDuration = "10s")
    void typed_numbers_and_stored_responses_never_escape_as_exceptions(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Question.Numeric key : new Question.Numeric[] {DOSE, NO_UNIT}) {
            var problem = NumericAnswer.problem(text, key);
            var value = NumericAnswer.parse(text, key);
            assertThat(value.isPresent()).isEqualTo(problem.isEmpty());
            problem.ifPresent(p -> assertThat(p.message()).isNotBlank());
        }
        Response decoded;
        try {
            decoded = ResponseCodec.decode(text);
        } catch (IllegalArgumentException refused) {
            return; // the documented refusal for text this codec did not write
        }
        assertThat(ResponseCodec.decode(ResponseCodec.encode(decoded))).isEqualTo(
                ResponseCodec.decode(ResponseCodec.encode(ResponseCodec.decode(ResponseCodec.encode(decoded)))));
    }
}
