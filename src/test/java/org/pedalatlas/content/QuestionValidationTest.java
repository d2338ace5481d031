package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SourceReview.class)
class QuestionValidationTest {

    private static final String FILE = "questions/sample.yml";

    @TempDir
    Path temp;

    private List<ContentProblem> problemsAfter(java.util.function.UnaryOperator<String> change) {
        try {
            ContentFixture.copyOfValid(temp).edit(FILE, change).load();
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("The broken question file loaded without complaint");
    }

    @Test
    void valid_questions_load_with_their_keys() {
        AtlasContent content = ContentFixture.copyOfValid(temp).load();
        assertThat(content.questions()).extracting(Question::id).containsExactly("dp-easiest", "ntg-dose", "calcified-refuse");
        assertThat(((Question.Numeric) content.questions().get(1).key()).value()).isEqualTo(200);
    }

    @Test
    void answer_key_that_matches_no_option_is_rejected() {
        var problems = problemsAfter(s -> s.replace("        correct: true\n", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.field()).isEqualTo("questions[0].options");
            assertThat(p.message()).contains("dp-easiest").contains("matches no option");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void two_questions_with_the_same_stem_are_rejected() {
        var problems = problemsAfter(s -> s.replace("stem: Heavily calcified arteries tend to refuse to be punctured.",
                "stem: Which artery is one of the easiest and most often punctured?"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("questions[2].stem");
            assertThat(p.message()).contains("calcified-refuse").contains("same stem as question 'dp-easiest'");
        });
    }

    @Test
    void numeric_answer_outside_its_own_range_is_rejected() {
        var problems = problemsAfter(s -> s.replace("range: [0, 1000]", "range: [0, 100]"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("outside its own range"));
    }

    @Test
    void numeric_answer_that_the_passage_does_not_state_is_rejected() {
        var problems = problemsAfter(s -> s.replace("value: 200,", "value: 250,"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("questions[1].numeric.value");
            assertThat(p.message()).contains("250 does not occur");
        });
    }

    @Test
    void hotspot_on_a_region_that_does_not_exist_is_rejected() {
        var problems = problemsAfter(s -> s.replace("    type: truefalse", "    type: hotspot\n    hotspot: {figure: foot-zones, region: nowhere}"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("has no hotspot region 'nowhere'"));
    }

    @Test
    void duplicate_question_ids_are_rejected() {
        var problems = problemsAfter(s -> s.replace("id: ntg-dose", "id: dp-easiest"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("duplicate id"));
    }

    @Test
    void missing_explanation_is_rejected() {
        var problems = problemsAfter(s -> s.replace("    explanation: They generate a rebound effect from the needle tip.\n", ""));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("questions[2].explanation"));
    }

    @Test
    void missing_source_reference_is_rejected() {
        var problems = problemsAfter(s -> s.replace(
                "    src: {section: calcification, passage: \"Heavily calcified arteries tend to refuse to be punctured\"}\n", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("questions[2].src");
            assertThat(p.message()).contains("source reference is required");
        });
    }

    @Test
    void option_without_an_explanation_is_rejected() {
        var problems = problemsAfter(s -> s.replace("        why: That is a technique, not an artery.\n", ""));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("needs text and why"));
    }
}
