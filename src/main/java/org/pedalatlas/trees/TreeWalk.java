package org.pedalatlas.trees;

import org.pedalatlas.base.Words;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.content.DecisionTree.Node;

/**
 * Where a learner stands in a tree and how they got there: the nodes from the start to the current one. A walk is
 * immutable and written in the address as {@code a.b.c} (node ids are kebab-case, so a dot never occurs in one);
 * a repeat loop simply appears twice in the path.
 */
public record TreeWalk(DecisionTree tree, List<Node> steps) {

    public TreeWalk {
        steps = List.copyOf(steps);
    }

    public static TreeWalk start(DecisionTree tree) {
        return new TreeWalk(tree, List.of(tree.startNode()));
    }

    /**
     * Rebuilds a walk from an address. Without a path, a node is reached by its shortest way from the start (the
     * overview map links that way); with a path, every step must follow a choice and the node must be its end.
     */
    public static TreeWalk parse(DecisionTree tree, String nodeId, String path) {
        if (path == null || path.isBlank()) {
            return nodeId == null || nodeId.isBlank() ? start(tree) : shortestTo(tree, nodeId);
        }
        List<String> ids = Arrays.asList(path.split("\\.", -1));
        if (!ids.getFirst().equals(tree.start())) {
            throw new PathNotInTree(Words.get("trees.walk.bad-start", tree.title()));
        }
        List<Node> steps = new ArrayList<>(List.of(tree.startNode()));
        for (String id : ids.subList(1, ids.size())) {
            Node previous = steps.getLast();
            if (previous.choices().stream().noneMatch(c -> c.to().equals(id))) {
                throw new PathNotInTree(tree.node(id).isEmpty()
                        ? Words.get("trees.walk.not-in-tree", id, tree.title())
                        : Words.get("trees.walk.no-choice", previous.title(), tree.node(id).get().title()));
            }
            steps.add(tree.node(id).orElseThrow());
        }
        if (nodeId != null && !nodeId.isBlank() && !steps.getLast().id().equals(nodeId)) {
            throw new PathNotInTree(Words.get("trees.walk.bad-end"));
        }
        return new TreeWalk(tree, steps);
    }

    private static TreeWalk shortestTo(DecisionTree tree, String nodeId) {
        if (tree.node(nodeId).isEmpty()) {
            throw new PathNotInTree(Words.get("trees.walk.not-in-tree", nodeId, tree.title()));
        }
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> frontier = new ArrayDeque<>(List.of(tree.start()));
        cameFrom.put(tree.start(), null);
        while (!frontier.isEmpty() && !cameFrom.containsKey(nodeId)) {
            String at = frontier.pop();
            for (DecisionTree.Choice choice : tree.node(at).orElseThrow().choices()) {
                if (!cameFrom.containsKey(choice.to())) {
                    cameFrom.put(choice.to(), at);
                    frontier.add(choice.to());
                }
            }
        }
        List<Node> steps = new ArrayList<>();
        for (String id = nodeId; id != null; id = cameFrom.get(id)) {
            steps.addFirst(tree.node(id).orElseThrow());
        }
        return new TreeWalk(tree, steps);
    }

    public Node current() {
        return steps.getLast();
    }

    public boolean finished() {
        return current().kind() == DecisionTree.Kind.OUTCOME;
    }

    public boolean atStart() {
        return steps.size() == 1;
    }

    /** Takes the choice at {@code index} (0-based) of the current node. */
    public TreeWalk choose(int index) {
        List<DecisionTree.Choice> choices = current().choices();
        if (index < 0 || index >= choices.size()) {
            throw new IllegalArgumentException("“" + current().title() + "” has no choice " + (index + 1));
        }
        List<Node> next = new ArrayList<>(steps);
        next.add(tree.node(choices.get(index).to()).orElseThrow());
        return new TreeWalk(tree, next);
    }

    public TreeWalk back() {
        return atStart() ? this : new TreeWalk(tree, steps.subList(0, steps.size() - 1));
    }

    public TreeWalk restart() {
        return start(tree);
    }

    /** The walk up to and including step {@code index}: where a breadcrumb entry leads. */
    public TreeWalk upTo(int index) {
        return new TreeWalk(tree, steps.subList(0, index + 1));
    }

    public String path() {
        return String.join(".", steps.stream().map(Node::id).toList());
    }

    /** The label of the choice taken at step {@code index}, if a later step follows it. */
    public Optional<String> choiceTakenAt(int index) {
        if (index + 1 >= steps.size()) {
            return Optional.empty();
        }
        String next = steps.get(index + 1).id();
        return steps.get(index).choices().stream().filter(c -> c.to().equals(next))
                .map(DecisionTree.Choice::label).findFirst();
    }

    /** Every atlas page linked from the nodes walked, in the order first met. */
    public List<String> pagesUsed() {
        LinkedHashSet<String> pages = new LinkedHashSet<>();
        steps.forEach(n -> pages.addAll(n.pages()));
        return List.copyOf(pages);
    }
}
