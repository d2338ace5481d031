package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void single_best_answer_is_all_or_nothing() {
        assertThat(Scorer.score(Questions.single(), new Response.Choice(Set.of(0))).correct()).isTrue();
        assertThat(Scorer.score(Questions.single(), new Response.Choice(Set.of(1))).fraction()).isZero();
        assertThat(Scorer.score(Questions.single(), new Response.Choice(Set.of(0, 1))).fraction()).isZero();
    }

    @Test
    void multiple_response_gives_partial_credit_and_takes_it_back_for_wrong_choices() {
        var q = Questions.multiple();
        assertThat(Scorer.score(q, new Response.Choice(Set.of(0, 1, 2))).correct()).isTrue();
        assertThat(Scorer.score(q, new Response.Choice(Set.of(0, 1))).fraction()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Scorer.score(q, new Response.Choice(Set.of(0, 1, 3))).fraction()).isCloseTo(2.0 / 3 - 0.5, within(1e-9));
        assertThat(Scorer.score(q, new Response.Choice(Set.of(0, 1, 2, 3, 4))).fraction()).isZero();
        assertThat(Scorer.score(q, new Response.Choice(Set.of(3))).fraction()).isZero();
    }

    @Test
    void true_false_compares_with_the_key() {
        assertThat(Scorer.score(Questions.trueFalse(), new Response.TrueFalse(true)).correct()).isTrue();
        assertThat(Scorer.score(Questions.trueFalse(), new Response.TrueFalse(false)).correct()).isFalse();
    }

    @Test
    void numeric_accepts_the_value_with_or_without_an_accepted_unit() {
        var q = Questions.numeric();
        for (String typed : List.of("200", "200 µg", "200µg", "200 mcg", "200 MCG", "200 μg", " 200 microgr ")) {
            assertThat(Scorer.score(q, new Response.Numeric(typed)).correct()).as(typed).isTrue();
        }
        assertThat(Scorer.score(q, new Response.Numeric("250")).correct()).isFalse();
        assertThat(Scorer.score(q, new Response.Numeric("200 mg")).correct()).isFalse();
    }

    @Test
    void ordering_counts_items_followed_by_their_correct_successor() {
        var q = Questions.ordering();
        assertThat(Scorer.score(q, new Response.Ordering(List.of(0, 1, 2, 3, 4))).correct()).isTrue();
        assertThat(Scorer.score(q, new Response.Ordering(List.of(1, 0, 2, 3, 4))).fraction()).isCloseTo(0.5, within(1e-9));
        assertThat(Scorer.score(q, new Response.Ordering(List.of(4, 3, 2, 1, 0))).fraction()).isZero();
        assertThat(Scorer.score(q, new Response.Ordering(List.of(0, 1, 2))).fraction()).isZero();
    }

    @Test
    void matching_counts_correct_pairs_with_repeated_right_values() {
        var q = Questions.matching();
        assertThat(((org.pedalatlas.content.Question.Matching) q.key()).distinctRights())
                .containsExactly("Zone 1", "Zone 2", "Zone 3");
        assertThat(Scorer.score(q, new Response.Matching(Map.of(0, 0, 1, 0, 2, 1, 3, 2))).correct()).isTrue();
        assertThat(Scorer.score(q, new Response.Matching(Map.of(0, 0, 1, 1, 2, 1, 3, 0))).fraction()).isCloseTo(0.5, within(1e-9));
        assertThat(Scorer.score(q, new Response.Matching(Map.of())).fraction()).isZero();
    }

    @Test
    void hotspot_is_right_only_on_the_keyed_region() {
        assertThat(Scorer.score(Questions.hotspot(), new Response.Hotspot("first-metatarsal")).correct()).isTrue();
        assertThat(Scorer.score(Questions.hotspot(), new Response.Hotspot("plantar-arch")).correct()).isFalse();
    }

    @Test
    void a_response_of_the_wrong_shape_scores_nothing() {
        assertThat(Scorer.score(Questions.single(), new Response.TrueFalse(true)).fraction()).isZero();
    }

    @Test
    void indexes_outside_the_question_score_nothing() {
        assertThat(Scorer.score(Questions.single(), new Response.Choice(Set.of(7))).fraction()).isZero();
        assertThat(Scorer.score(Questions.single(), new Response.Choice(Set.of(-1))).fraction()).isZero();
        assertThat(Scorer.score(Questions.multiple(), new Response.Choice(Set.of(0, 1, 2, 9))).fraction()).isZero();
        assertThat(Scorer.score(Questions.ordering(), new Response.Ordering(List.of(0, 0, 1, 2, 3))).fraction()).isZero();
    }
}
