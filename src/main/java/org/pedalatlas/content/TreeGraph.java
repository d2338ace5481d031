package org.pedalatlas.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape rules shared by decision trees and case scenarios, as pure graph logic: every choice points to a node,
 * every node is reachable from the start, only outcomes end a walk, and a loop is allowed (the toc-toc "withdraw
 * 1 mm and repeat") only when some choice leaves it. A learner must never be stuck.
 */
final class TreeGraph {

    /** What is wrong at {@code node}, with a hint for the author. */
    record Problem(String node, String message, String hint) {
    }

    private final String start;
    private final Map<String, List<String>> edges;
    private final Set<String> outcomes;
    private final String noun;

    /**
     * @param edges every node id with the targets of its choices, in order
     * @param outcomes the node ids where a walk may end
     * @param noun what the author calls a node in messages ("node", "step")
     */
    TreeGraph(String start, LinkedHashMap<String, List<String>> edges, Set<String> outcomes, String noun) {
        this.noun = noun;
        this.start = start;
        this.edges = edges;
        this.outcomes = outcomes;
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (start == null || !edges.containsKey(start)) {
            problems.add(new Problem(String.valueOf(start), "the start " + noun + " '" + start + "' does not exist",
                    "set start: to the id of the first " + noun));
            return problems;
        }
        Set<String> stuck = new HashSet<>();
        edges.forEach((node, targets) -> {
            for (int i = 0; i < targets.size(); i++) {
                if (!edges.containsKey(targets.get(i))) {
                    problems.add(new Problem(node, "choice " + (i + 1) + " points to '" + targets.get(i)
                            + "', which is not a " + noun, "use the id of a " + noun + " in this file"));
                }
            }
            if (outcomes.contains(node) && !targets.isEmpty()) {
                problems.add(new Problem(node, "an outcome cannot have choices",
                        "make it an action or a question, or remove its choices"));
            } else if (!outcomes.contains(node) && targets.isEmpty()) {
                stuck.add(node);
                problems.add(new Problem(node, "dead end: it has no choices but is not an outcome",
                        "add choices, or make it an outcome if the walk ends here"));
            }
        });
        Set<String> reachable = reachableFrom(start);
        edges.keySet().stream().filter(n -> !reachable.contains(n)).forEach(n -> problems.add(new Problem(n,
                "unreachable: no choice leads here from the start '" + start + "'",
                "add a choice that leads here, or remove the " + noun)));
        for (List<String> loop : loopsWithoutExit()) {
            stuck.addAll(loop);
            problems.add(new Problem(loop.getFirst(), "loop without an exit: " + String.join(" → ", loop) + " → "
                    + loop.getFirst(), "add a choice that leaves the loop, e.g. when the manoeuvre finally works"));
        }
        Set<String> canFinish = reachingAnOutcome();
        edges.keySet().stream().filter(n -> !canFinish.contains(n) && !stuck.contains(n) && reachable.contains(n))
                .forEach(n -> problems.add(new Problem(n, "no path from here ends in an outcome",
                        "every way through the tree must end in an outcome")));
        return problems;
    }

    private Set<String> reachableFrom(String from) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> frontier = new ArrayDeque<>(List.of(from));
        while (!frontier.isEmpty()) {
            String node = frontier.pop();
            if (edges.containsKey(node) && seen.add(node)) {
                frontier.addAll(edges.get(node));
            }
        }
        return seen;
    }

    private Set<String> reachingAnOutcome() {
        Set<String> done = new HashSet<>(outcomes);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var entry : edges.entrySet()) {
                if (!done.contains(entry.getKey()) && entry.getValue().stream().anyMatch(done::contains)) {
                    grew = done.add(entry.getKey());
                }
            }
        }
        return done;
    }

    /** Strongly connected components that contain a cycle and have no edge leaving them (Tarjan). */
    private List<List<String>> loopsWithoutExit() {
        Tarjan tarjan = new Tarjan();
        edges.keySet().forEach(n -> {
            if (!tarjan.index.containsKey(n)) {
                tarjan.visit(n);
            }
        });
        List<List<String>> loops = new ArrayList<>();
        for (List<String> component : tarjan.components) {
            Set<String> members = new HashSet<>(component);
            boolean cycle = component.size() > 1 || edges.get(component.getFirst()).contains(component.getFirst());
            boolean exit = component.stream().flatMap(n -> edges.get(n).stream())
                    .anyMatch(t -> edges.containsKey(t) && !members.contains(t));
            if (cycle && !exit && component.stream().noneMatch(outcomes::contains)) {
                loops.add(component.stream().sorted((a, b) -> order(a) - order(b)).toList());
            }
        }
        return loops;
    }

    private int order(String node) {
        return new ArrayList<>(edges.keySet()).indexOf(node);
    }

    private final class Tarjan {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new HashSet<>();
        final List<List<String>> components = new ArrayList<>();

        void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : edges.get(node)) {
                if (!edges.containsKey(next)) {
                    continue;
                }
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
