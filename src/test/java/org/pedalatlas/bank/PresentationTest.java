package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.content.Question;

class PresentationTest {

    @Test
    void choices_come_in_the_shuffled_order_carrying_their_own_index() {
        QuestionView v = Presentation.of(Questions.single(), Shuffle.parse("2,0,1"), 3, 10);
        assertThat(v.position()).isEqualTo(3);
        assertThat(v.total()).isEqualTo(10);
        assertThat(((Prompt.OneOf) v.prompt()).choices()).containsExactly(new Prompt.Choice(2, "Saline"),
                new Prompt.Choice(0, "NTG"), new Prompt.Choice(1, "Heparin"));
    }

    @Test
    void every_type_has_its_prompt_and_none_carries_the_key() {
        for (Question q : Questions.all()) {
            Prompt p = Presentation.of(q, Presentation.shuffle(q, new Random(3)), 0, 1).prompt();
            assertThat(p.getClass().getSimpleName()).as(q.id()).isEqualTo(switch (q.type()) {
                case SINGLE -> "OneOf";
                case MULTIPLE -> "AnyOf";
                case TRUEFALSE -> "TrueOrFalse";
                case NUMERIC -> "Number";
                case ORDERING -> "Order";
                case MATCHING -> "Match";
                case HOTSPOT -> "Spot";
            });
            assertThat(p.toString()).as(q.id()).doesNotContain("correct").doesNotContain("first-metatarsal");
        }
    }

    @Test
    void matching_shows_lefts_in_order_and_distinct_rights_shuffled() {
        Prompt.Match m = (Prompt.Match) Presentation.of(Questions.matching(), Shuffle.parse("2,1,0"), 0, 1).prompt();
        assertThat(m.lefts()).containsExactly("DP", "PT", "Tarsal", "Plantar arch");
        assertThat(m.rights()).containsExactly(new Prompt.Choice(2, "Zone 3"), new Prompt.Choice(1, "Zone 2"),
                new Prompt.Choice(0, "Zone 1"));
    }

    @Test
    void a_response_built_from_shown_choices_is_scored_in_the_questions_own_order() {
        QuestionView v = Presentation.of(Questions.single(), Shuffle.parse("2,0,1"), 0, 1);
        Prompt.Choice shownSecond = ((Prompt.OneOf) v.prompt()).choices().get(1);
        assertThat(Scorer.score(Questions.single(), new Response.Choice(java.util.Set.of(shownSecond.index())))
                .correct()).isTrue();
    }
}
