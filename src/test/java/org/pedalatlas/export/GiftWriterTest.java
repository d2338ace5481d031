package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;
import org.pedalatlas.content.SourceRef;

class GiftWriterTest {

    @Test
    void every_gift_special_character_is_escaped_with_a_backslash() {
        assertThat(GiftWriter.escape("a~b=c#d{e}f:g\\h")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    }

    @Test
    void a_line_break_is_written_as_gift_writes_one_so_it_does_not_end_the_question() {
        assertThat(GiftWriter.escape("one\r\ntwo")).isEqualTo("one\\ntwo");
    }

    @Test
    void ordering_and_hotspot_questions_are_skipped_with_why_and_the_others_are_written() {
        SourceRef src = new SourceRef("zone-1", "p");
        Question ordering = new Question("o", 1, List.of(), List.of("zones"), List.of(), "s", "e", src,
                new Question.Ordering(List.of("a", "b")), null);
        Question hotspot = new Question("h", 1, List.of(), List.of("zones"), List.of(), "s", "e", src,
                new Question.Hotspot("foot-zones", "tarsal-artery"), null);
        Question tf = new Question("t", 1, List.of(), List.of("zones"), List.of(), "s", "e", src,
                new Question.TrueFalse(true), null);
        assertThat(GiftWriter.skipReason(ordering)).get().asString().contains("no ordering type");
        assertThat(GiftWriter.skipReason(hotspot)).get().asString().contains("figure");
        assertThat(GiftWriter.skipReason(tf)).isEmpty();
        String gift = new GiftWriter(RealBank.CONTENT).write(List.of(ordering, tf, hotspot));
        assertThat(gift).contains("::t::s {\nTRUE\n####e").contains("// Skipped, GIFT cannot express them:")
                .contains("// o: GIFT has no ordering type").doesNotContain("::o::");
    }

    @Test
    void a_filter_keeps_questions_without_a_zone_under_any_zone_and_a_workshop_set_in_its_order() {
        Exporter exporter = new Exporter(RealBank.CONTENT);
        List<Question> zone3 = exporter.select(new ExportFilter(Set.of(3), Set.of(), Set.of(), Set.of(), List.of()));
        assertThat(zone3).allSatisfy(q -> assertThat(q.zones().isEmpty() || q.zones().contains(3)).isTrue());
        List<String> ids = List.of(RealBank.CONTENT.questions().get(5).id(), RealBank.CONTENT.questions().get(1).id());
        assertThat(exporter.select(ExportFilter.all().withIds(ids))).extracting(Question::id).containsExactlyElementsOf(ids);
    }
}
