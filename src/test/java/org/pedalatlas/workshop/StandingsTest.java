package org.pedalatlas.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pedalatlas.workshop.WorkshopRecords.Standing;

class StandingsTest {

    @Test
    void equal_scores_share_a_rank_and_the_next_rank_skips() {
        List<Standing> s = Standings.rank(List.of(new Standings.Entry(1, "Ana", 500), new Standings.Entry(2, "Ben", 900),
                new Standings.Entry(3, "Cy", 500), new Standings.Entry(4, "Di", 100)));
        assertThat(s).extracting(Standing::nickname).containsExactly("Ben", "Ana", "Cy", "Di");
        assertThat(s).extracting(Standing::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void nobody_yet_means_no_standings() {
        assertThat(Standings.rank(List.of())).isEmpty();
    }
}
