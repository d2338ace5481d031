package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedalatlas.bank.BankRecords.OptionLine;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.bank.Response;
import org.pedalatlas.workshop.LiveSession.Given;
import org.pedalatlas.workshop.WorkshopRecords.Bar;

class HistogramTest {

    private static final QuestionView CHOICE = new QuestionView("q", 0, 1, "Which?", new Prompt.OneOf(List.of(
            new Prompt.Choice(2, "Saline"), new Prompt.Choice(0, "NTG"), new Prompt.Choice(1, "Heparin"))));
    private static final Reveal KEY = new Reveal("NTG", "", List.of(new OptionLine("NTG", true, false, ""),
            new OptionLine("Heparin", false, false, ""), new OptionLine("Saline", false, false, "")), "", "", List.of());

    private static Given chose(int original) {
        return new Given(new Response.Choice(Set.of(original)), original == 0 ? 1 : 0, 0);
    }

    @Test
    void choice_bars_count_by_the_questions_own_index_in_the_order_the_room_saw() {
        List<Bar> bars = Histogram.bars(CHOICE, List.of(chose(0), chose(0), chose(2)), null, r -> false);
        assertThat(bars).extracting(Bar::label).containsExactly("Saline", "NTG", "Heparin");
        assertThat(bars).extracting(Bar::count).containsExactly(1, 2, 0);
        assertThat(bars).extracting(Bar::correct).containsOnlyNulls();
    }

    @Test
    void after_the_reveal_the_key_marks_the_right_bar() {
        List<Bar> bars = Histogram.bars(CHOICE, List.of(chose(0)), KEY, r -> false);
        assertThat(bars).extracting(Bar::correct).containsExactly(false, true, false);
    }

    @Test
    void true_false_bars_are_judged_by_scoring_not_by_their_label() {
        QuestionView tf = new QuestionView("t", 0, 1, "True?", new Prompt.TrueOrFalse());
        List<Given> answers = List.of(new Given(new Response.TrueFalse(false), 1, 1000));
        List<Bar> bars = Histogram.bars(tf, answers, KEY, r -> r.equals(new Response.TrueFalse(false)));
        assertThat(bars).extracting(Bar::count).containsExactly(0, 1);
        assertThat(bars).extracting(Bar::correct).containsExactly(false, true);
    }

    @Test
    void numbers_show_the_five_most_given_and_the_rest_together() {
        QuestionView num = new QuestionView("n", 0, 1, "How much?", new Prompt.Number("mg"));
        List<Given> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            for (int k = 0; k <= i; k++) {
                answers.add(new Given(new Response.Numeric(String.valueOf(i)), i == 6 ? 1 : 0, 0));
            }
        }
        List<Bar> bars = Histogram.bars(num, answers, null, r -> false);
        assertThat(bars).extracting(Bar::label).containsExactly("6", "5", "4", "3", "2", "Other answers");
        assertThat(bars.getLast().count()).isEqualTo(3);
    }

    @Test
    void other_types_show_only_a_count_before_the_reveal_and_verdicts_after() {
        QuestionView order = new QuestionView("o", 0, 1, "Order?", new Prompt.Order(List.of()));
        List<Given> answers = List.of(new Given(new Response.Ordering(List.of()), 1, 0),
                new Given(new Response.Ordering(List.of()), 0.5, 0), new Given(new Response.Ordering(List.of()), 0, 0));
        assertThat(Histogram.bars(order, answers, null, r -> false)).singleElement()
                .extracting(Bar::count).isEqualTo(3);
        assertThat(Histogram.bars(order, answers, KEY, r -> false)).extracting(Bar::count).containsExactly(1, 1, 1);
    }
}
