package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResponseCodecTest {

    @Test
    void every_kind_of_response_reads_back_as_written() {
        List<Response> responses = List.of(new Response.Choice(Set.of(2, 0)), new Response.Choice(Set.of()),
                new Response.TrueFalse(false), new Response.Numeric("200 µg"), new Response.Ordering(List.of(2, 0, 1)),
                new Response.Matching(Map.of(0, 1, 1, 0)), new Response.Matching(Map.of()),
                new Response.Hotspot("first-metatarsal"));
        for (Response r : responses) {
            assertThat(ResponseCodec.decode(ResponseCodec.encode(r))).as(r.toString()).isEqualTo(r);
        }
        assertThat(ResponseCodec.encode(new Response.Choice(Set.of(2, 0)))).isEqualTo("choice:0,2");
    }

    @Test
    void a_long_number_text_is_cut_to_what_the_column_holds() {
        String stored = ResponseCodec.encode(new Response.Numeric("9".repeat(500)));
        assertThat(stored).hasSize("num:".length() + 200);
    }

    @Test
    void text_it_did_not_write_is_refused_with_an_illegal_argument() {
        for (String bad : List.of("", "nonsense", "choice:x", "match:1", "order:1,,2", "what:1")) {
            assertThatThrownBy(() -> ResponseCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
