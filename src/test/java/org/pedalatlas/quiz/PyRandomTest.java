package org.pedalatlas.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CPython's {@code random.seed(n); random.random()} for the seeds py-fsrs's fuzz test uses, and a large one. */
class PyRandomTest {

    @Test
    void first_draws_are_those_of_python() {
        assertThat(new PyRandom(42).nextDouble()).isEqualTo(0.6394267984578837);
        assertThat(new PyRandom(12345).nextDouble()).isEqualTo(0.41661987254534116);
        assertThat(new PyRandom((1L << 40) + 7).nextDouble()).isEqualTo(0.6137037779936511);
    }
}
