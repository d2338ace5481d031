package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What one app node sends another, written and read back. */
class NodeEventsTest {

    @Test
    void an_answer_travels_whole_even_when_its_text_holds_the_separator() {
        NodeEvents.Event sent = new NodeEvents.Event("n1", NodeEvents.Kind.ANSWERED, 42, 7, 3, 0.5, 500,
                "num:200 µg|x");
        assertThat(NodeEvents.Event.parse(sent.payload())).isEqualTo(sent);
    }

    @Test
    void a_phase_change_travels_without_answer_fields() {
        NodeEvents.Event sent = NodeEvents.Event.of("n2", NodeEvents.Kind.PHASE, 9, 0);
        assertThat(NodeEvents.Event.parse(sent.payload())).isEqualTo(sent);
        assertThat(sent.payload().length()).isLessThan(100);
    }

    @Test
    void an_unreadable_notification_is_named_in_the_error() {
        assertThatThrownBy(() -> NodeEvents.Event.parse("PHASE|n1|x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 fields").hasMessageContaining("PHASE|n1|x");
        assertThatThrownBy(() -> NodeEvents.Event.parse("WAVE|n1|1|0|0|0.0|0|"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WAVE|n1|1");
    }

    @Test
    void a_response_too_long_for_a_notification_is_left_for_the_other_node_to_read() {
        AnswerRow a = new AnswerRow(7, 0, 42, "text:" + "é".repeat(2_500), 1, 1000, 1200, java.time.Instant.now());
        NodeEvents.Event sent = NodeEvents.Event.answered("n1", a);
        assertThat(sent.response()).isEmpty();
        assertThat(sent.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8_000);
        assertThat(NodeEvents.Event.answered("n1", new AnswerRow(7, 0, 42, "choice:1", 1, 1000, 1200,
                java.time.Instant.now())).response()).isEqualTo("choice:1");
    }
}
