package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertaintyTest {

    @Test
    void certainty_marks_follow_moodles_scale() {
        assertThat(Certainty.LOW.marks(1)).isEqualTo(1);
        assertThat(Certainty.LOW.marks(0)).isEqualTo(0);
        assertThat(Certainty.MEDIUM.marks(1)).isEqualTo(2);
        assertThat(Certainty.MEDIUM.marks(0)).isEqualTo(-2);
        assertThat(Certainty.HIGH.marks(1)).isEqualTo(3);
        assertThat(Certainty.HIGH.marks(0)).isEqualTo(-6);
        assertThat(Certainty.HIGH.marks(0.5)).isEqualTo(-1.5);
    }
}
