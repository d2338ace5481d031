package org.pedalatlas.content;

import java.util.List;
import java.util.Optional;

/**
 * A clinical decision tree from content/trees: questions lead through actions to outcomes. {@code start} is the
 * id of the first node; every node is reachable from it and every path ends in an outcome (checked at load).
 */
public record DecisionTree(String id, String title, String summary, int order, String start, List<Node> nodes,
                           String file) {

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Node startNode() {
        return node(start).orElseThrow();
    }

    public enum Kind { QUESTION, ACTION, OUTCOME }

    /**
     * One step. {@code text} explains it in the atlas's own words; {@code sources} ground it in the review;
     * {@code pages} are atlas technique pages; {@code figures} are figure ids (checked once figures exist).
     */
    public record Node(String id, Kind kind, String title, String text, List<SourceRef> sources, List<String> pages,
                       List<String> figures, List<Choice> choices) {
    }

    /** A labelled way on from a node to the node {@code to}. */
    public record Choice(String label, String to) {
    }
}
