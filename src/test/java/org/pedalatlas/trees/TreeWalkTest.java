package org.pedalatlas.trees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.DecisionTree;

class TreeWalkTest {

    private final DecisionTree tree = Trees.wire();

    @Test
    void a_walk_starts_at_the_start_node() {
        TreeWalk walk = TreeWalk.start(tree);
        assertThat(walk.current().id()).isEqualTo("bleed");
        assertThat(walk.atStart()).isTrue();
        assertThat(walk.finished()).isFalse();
        assertThat(walk.path()).isEqualTo("bleed");
    }

    @Test
    void choosing_follows_the_choice_and_an_outcome_finishes_the_walk() {
        TreeWalk walk = TreeWalk.start(tree).choose(0).choose(0);
        assertThat(walk.path()).isEqualTo("bleed.toc.in");
        assertThat(walk.finished()).isTrue();
        assertThat(walk.choiceTakenAt(0)).contains("Yes");
        assertThat(walk.choiceTakenAt(1)).contains("Engages");
        assertThat(walk.choiceTakenAt(2)).isEmpty();
    }

    @Test
    void a_repeat_loop_appears_in_the_path_each_time_it_is_taken() {
        TreeWalk walk = TreeWalk.start(tree).choose(0).choose(1).choose(1);
        assertThat(walk.path()).isEqualTo("bleed.toc.toc.toc");
        assertThat(walk.back().path()).isEqualTo("bleed.toc.toc");
    }

    @Test
    void back_steps_back_once_and_stays_at_the_start() {
        TreeWalk walk = TreeWalk.start(tree).choose(1);
        assertThat(walk.back().path()).isEqualTo("bleed");
        assertThat(walk.back().back().path()).isEqualTo("bleed");
        assertThat(walk.restart().path()).isEqualTo("bleed");
    }

    @Test
    void the_path_in_an_address_rebuilds_the_same_walk() {
        TreeWalk walk = TreeWalk.start(tree).choose(0).choose(1).choose(0);
        assertThat(TreeWalk.parse(tree, "in", walk.path())).isEqualTo(walk);
        assertThat(TreeWalk.parse(tree, null, walk.path())).isEqualTo(walk);
    }

    @Test
    void a_node_without_a_path_is_reached_by_its_shortest_way() {
        assertThat(TreeWalk.parse(tree, "in", null).path()).isEqualTo("bleed.toc.in");
        assertThat(TreeWalk.parse(tree, null, "").path()).isEqualTo("bleed");
    }

    @Test
    void a_path_that_skips_a_choice_is_refused_with_a_readable_message() {
        assertThatThrownBy(() -> TreeWalk.parse(tree, "in", "bleed.in"))
                .isInstanceOf(PathNotInTree.class).hasMessage("No choice at “Title of bleed” leads to “Title of in”.");
    }

    @Test
    void unknown_steps_wrong_starts_and_mismatched_nodes_are_refused() {
        assertThatThrownBy(() -> TreeWalk.parse(tree, null, "bleed.nope")).isInstanceOf(PathNotInTree.class)
                .hasMessageContaining("“nope” is not part of");
        assertThatThrownBy(() -> TreeWalk.parse(tree, null, "toc.in")).isInstanceOf(PathNotInTree.class)
                .hasMessageContaining("does not begin at the start");
        assertThatThrownBy(() -> TreeWalk.parse(tree, "stop", "bleed.toc")).isInstanceOf(PathNotInTree.class);
        assertThatThrownBy(() -> TreeWalk.parse(tree, "nowhere", null)).isInstanceOf(PathNotInTree.class);
    }

    @Test
    void the_pages_used_are_collected_once_in_walking_order() {
        TreeWalk walk = TreeWalk.start(tree).choose(0).choose(1).choose(0);
        assertThat(walk.pagesUsed()).containsExactly("wire-entry", "wire-choice");
        assertThat(TreeWalk.start(tree).choose(1).pagesUsed()).containsExactly("wire-entry", "complications-safety");
    }

    @Test
    void a_choice_that_does_not_exist_is_an_error() {
        assertThatThrownBy(() -> TreeWalk.start(tree).choose(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
