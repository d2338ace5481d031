package org.pedalatlas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.figures.FigureRecords.Hotspot;
import org.pedalatlas.content.PageRef;

class LabelSelfTestTest {

    private final LabelSelfTest test = new LabelSelfTest(List.of(
            new Hotspot("dorsalis-pedis-artery", "Dorsalis pedis artery", List.of("DP"), new PageRef("dorsalis-pedis", "DP")),
            new Hotspot("tarsal-artery", "Tarsal artery", List.of(), new PageRef("tarsal", "Tarsal"))));

    @Test
    void naming_the_selected_region_scores_ignoring_case_punctuation_and_the_word_artery() {
        test.select("dorsalis-pedis-artery");
        var outcome = test.answer("  dorsalis PEDIS. ");
        assertThat(outcome.right()).isTrue();
        assertThat(test.right()).isEqualTo(1);
        assertThat(test.total()).isEqualTo(2);
    }

    @Test
    void an_alias_counts_as_the_name() {
        test.select("dorsalis-pedis-artery");
        assertThat(test.answer("dp").right()).isTrue();
    }

    @Test
    void a_wrong_name_is_counted_and_says_what_the_region_is() {
        test.select("tarsal-artery");
        var outcome = test.answer("dorsalis pedis");
        assertThat(outcome.right()).isFalse();
        assertThat(outcome.counted()).isTrue();
        assertThat(outcome.message()).contains("Tarsal artery");
        assertThat(test.answered()).isEqualTo(1);
        assertThat(test.right()).isZero();
    }

    @Test
    void typing_a_hidden_name_without_selection_finds_that_region() {
        var outcome = test.answer("tarsal artery");
        assertThat(outcome.region()).get().extracting(Hotspot::id).isEqualTo("tarsal-artery");
        assertThat(test.right()).isEqualTo(1);
        assertThat(test.answer("tarsal").counted()).as("a region counts once").isFalse();
    }

    @Test
    void an_answered_region_cannot_be_selected_again() {
        test.select("tarsal-artery");
        test.answer("tarsal");
        assertThat(test.select("tarsal-artery")).isFalse();
        test.select("dorsalis-pedis-artery");
        test.answer("dp");
        assertThat(test.finished()).isTrue();
    }
}
