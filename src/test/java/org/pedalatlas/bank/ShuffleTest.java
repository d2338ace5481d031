package org.pedalatlas.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ShuffleTest {

    @Test
    void a_seeded_shuffle_draws_as_it_always_did_which_the_v4_migration_relies_on() {
        assertThat(Shuffle.random(4, new Random(42)).order()).containsExactly(3, 1, 0, 2);
        assertThat(Shuffle.random(5, new Random("dp-easiest".hashCode())).order()).containsExactly(3, 1, 4, 0, 2);
    }

    @Test
    void three_or_more_entries_are_never_shown_in_their_own_order() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            assertThat(Shuffle.random(3, random).order()).isNotEqualTo(List.of(0, 1, 2));
        }
    }

    @Test
    void encodes_parses_and_maps_shown_positions_back() {
        Shuffle s = Shuffle.parse("2,0,1");
        assertThat(s.encode()).isEqualTo("2,0,1");
        assertThat(s.original(0)).isEqualTo(2);
        assertThat(s.apply(List.of("a", "b", "c"))).containsExactly("c", "a", "b");
        assertThat(Shuffle.parse("").order()).isEmpty();
    }

    @Test
    void an_order_that_no_longer_fits_the_question_shows_it_as_it_is() {
        Shuffle s = Shuffle.parse("1,0");
        assertThat(s.fits(3)).isFalse();
        assertThat(s.apply(List.of("a", "b", "c"))).containsExactly("a", "b", "c");
        assertThat(Shuffle.parse("0,0,1").fits(3)).isFalse();
    }
}
