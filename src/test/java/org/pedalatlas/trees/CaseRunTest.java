package org.pedalatlas.trees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.CaseScenario;

class CaseRunTest {

    private final CaseScenario scenario = Trees.twoSteps();

    @Test
    void best_scores_two_acceptable_one_and_harmful_nothing() {
        CaseRun run = CaseRun.start(scenario).answer(1).answer(0);
        assertThat(run.finished()).isTrue();
        assertThat(run.points()).isEqualTo(1);
        assertThat(run.maxPoints()).isEqualTo(4);
        assertThat(run.count(CaseScenario.Rating.HARMFUL)).isEqualTo(1);
        assertThat(CaseRun.start(scenario).answer(0).answer(1).points()).isEqualTo(4);
    }

    @Test
    void a_run_knows_its_current_step_and_last_answer() {
        CaseRun run = CaseRun.start(scenario);
        assertThat(run.current().orElseThrow().id()).isEqualTo("one");
        assertThat(run.last()).isEmpty();
        run = run.answer(0);
        assertThat(run.current().orElseThrow().id()).isEqualTo("two");
        assertThat(run.last().orElseThrow().choice().label()).isEqualTo("Good");
    }

    @Test
    void the_answers_in_an_address_replay_the_same_run() {
        CaseRun run = CaseRun.start(scenario).answer(1).answer(1);
        assertThat(run.encoded()).isEqualTo("2.2");
        assertThat(CaseRun.parse(scenario, "2.2")).isEqualTo(run);
        assertThat(CaseRun.parse(scenario, null)).isEqualTo(CaseRun.start(scenario));
    }

    @Test
    void answers_that_do_not_fit_the_case_are_refused() {
        assertThatThrownBy(() -> CaseRun.parse(scenario, "3")).isInstanceOf(PathNotInTree.class);
        assertThatThrownBy(() -> CaseRun.parse(scenario, "1.1.1")).isInstanceOf(PathNotInTree.class);
        assertThatThrownBy(() -> CaseRun.parse(scenario, "x")).isInstanceOf(PathNotInTree.class)
                .hasMessageContaining("not an option number");
    }
}
