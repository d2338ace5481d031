package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;

class PrintsTest {

    @Test
    void a_quiz_without_filters_says_it_is_the_whole_bank() {
        assertThat(Prints.describe(ExportFilter.all())).isEqualTo("the whole bank");
    }

    @Test
    void a_filtered_quiz_names_every_filter_in_a_stable_order() {
        ExportFilter filter = new ExportFilter(Set.of(3, 1), Set.of("drugs"), Set.of(Question.Type.NUMERIC),
                Set.of(2), List.of());
        assertThat(Prints.describe(filter)).isEqualTo("zones 1, 3 · topics drugs · types numeric · difficulty 2");
    }

    @Test
    void a_workshops_set_is_named_by_its_size() {
        assertThat(Prints.describe(ExportFilter.all().withIds(List.of("a", "b")))).isEqualTo("a set of 2 chosen questions");
    }

    @Test
    void printed_files_are_named_by_the_content_version_they_come_from() {
        assertThat(Prints.handoutName(2, "abc")).isEqualTo("pedal-atlas-zone-2-handout-abc.pdf");
        assertThat(Prints.keyName("abc")).isNotEqualTo(Prints.quizName("abc")).endsWith("abc.pdf");
    }
}
