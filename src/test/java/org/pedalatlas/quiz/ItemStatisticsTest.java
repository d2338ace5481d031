package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.quiz.ItemStatistics.Scored;

class ItemStatisticsTest {

    @Test
    void facility_is_the_mean_score_and_flags_follow_moodle() {
        List<ItemStatistics.Item> items = ItemStatistics.compute(List.of(new Scored(1, "easy", 1), new Scored(2, "easy", 1),
                new Scored(1, "hard", 0), new Scored(2, "hard", 0.2)));
        assertThat(items).extracting(ItemStatistics.Item::questionId).containsExactly("easy", "hard");
        assertThat(items.get(0).facility()).isEqualTo(100);
        assertThat(items.get(0).flags()).containsExactly(ItemStatistics.Flag.TOO_EASY);
        assertThat(items.get(1).facility()).isCloseTo(10, within(1e-9));
        assertThat(items.get(1).flags()).containsExactly(ItemStatistics.Flag.TOO_HARD);
        assertThat(items.get(0).discrimination()).as("fewer than three attempts").isNull();
    }

    @Test
    void discrimination_is_the_correlation_with_the_rest_of_the_attempt() {
        // Attempts 1–3 score 1, 0.5, 0 on "other"; "item" follows them, "contrary" goes against them.
        List<Scored> answers = List.of(new Scored(1, "other", 1), new Scored(2, "other", 0.5), new Scored(3, "other", 0),
                new Scored(1, "item", 1), new Scored(2, "item", 0.5), new Scored(3, "item", 0),
                new Scored(1, "contrary", 0), new Scored(2, "contrary", 0.5), new Scored(3, "contrary", 1));
        var byId = ItemStatistics.compute(answers).stream()
                .collect(java.util.stream.Collectors.toMap(ItemStatistics.Item::questionId, i -> i));
        assertThat(byId.get("contrary").discrimination()).isCloseTo(-100, within(1e-6));
        assertThat(byId.get("contrary").flags()).contains(ItemStatistics.Flag.NEGATIVE_DISCRIMINATION);
        assertThat(byId.get("item").discrimination()).isNull();
    }
}
