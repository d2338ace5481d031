package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TreeGraphTest {

    private static List<String> problems(String start, Map<String, List<String>> edges, String... outcomes) {
        return new TreeGraph(start, new LinkedHashMap<>(edges), Set.of(outcomes), "node").problems().stream()
                .map(p -> p.node() + ": " + p.message()).toList();
    }

    @Test
    void a_tree_whose_every_path_ends_in_an_outcome_has_no_problems() {
        assertThat(problems("q", Map.of("q", List.of("a", "b"), "a", List.of("b"), "b", List.of()), "b")).isEmpty();
    }

    @Test
    void a_repeat_loop_with_an_exit_is_allowed() {
        assertThat(problems("toc", Map.of("toc", List.of("toc", "in"), "in", List.of()), "in")).isEmpty();
    }

    @Test
    void a_loop_through_several_nodes_with_an_exit_is_allowed() {
        assertThat(problems("a", Map.of("a", List.of("b"), "b", List.of("a", "c"), "c", List.of()), "c")).isEmpty();
    }

    @Test
    void a_loop_without_an_exit_is_named_with_its_nodes() {
        var edges = new LinkedHashMap<String, List<String>>();
        edges.put("q", List.of("a", "done"));
        edges.put("a", List.of("b"));
        edges.put("b", List.of("a"));
        edges.put("done", List.of());
        assertThat(problems("q", edges, "done")).containsExactly("a: loop without an exit: a → b → a");
    }

    @Test
    void a_node_leading_only_into_a_trap_cannot_reach_an_outcome() {
        var edges = new LinkedHashMap<String, List<String>>();
        edges.put("q", List.of("lead", "done"));
        edges.put("lead", List.of("trap"));
        edges.put("trap", List.of("trap"));
        edges.put("done", List.of());
        assertThat(problems("q", edges, "done")).containsExactly("trap: loop without an exit: trap → trap",
                "lead: no path from here ends in an outcome");
    }

    @Test
    void choices_pointing_nowhere_dead_ends_and_unreachable_nodes_are_each_reported() {
        var edges = new LinkedHashMap<String, List<String>>();
        edges.put("q", List.of("missing", "stuck"));
        edges.put("stuck", List.of());
        edges.put("island", List.of());
        assertThat(problems("q", edges, "island")).contains(
                "q: choice 1 points to 'missing', which is not a node",
                "stuck: dead end: it has no choices but is not an outcome",
                "island: unreachable: no choice leads here from the start 'q'");
    }

    @Test
    void an_outcome_with_choices_is_rejected() {
        assertThat(problems("q", Map.of("q", List.of("o", "p"), "o", List.of("p"), "p", List.of()), "o", "p"))
                .containsExactly("o: an outcome cannot have choices");
    }

    @Test
    void an_unknown_start_stops_the_check_at_once() {
        assertThat(problems("nope", Map.of("q", List.of()), "q"))
                .containsExactly("nope: the start node 'nope' does not exist");
    }
}
