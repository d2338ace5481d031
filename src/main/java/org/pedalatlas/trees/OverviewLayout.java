package org.pedalatlas.trees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.pedalatlas.content.DecisionTree;

/**
 * Lays a tree out top-down with the Eclipse Layout Kernel's layered algorithm (layers follow the walk, crossings
 * are minimised, choices are routed orthogonally). Boxes are sized from their wrapped titles before layout.
 * Cycles are broken the way a reader sees them: a choice that leads back to a node still being walked (depth first
 * from the start) is handed to ELK reversed and drawn with its arrow turned round, so the start stays on top, the
 * outcomes sink to the bottom and a "try again" choice is a line going back up.
 */
final class OverviewLayout {

    static final double BOX_WIDTH = 190;
    static final double LINE_HEIGHT = 16;
    static final double PADDING = 10;
    static final double KIND_LINE = 19;
    static final double FIRST_LINE = 38;
    static final int CHARS_PER_LINE = 25;
    static final int MAX_LINES = 5;
    static final int LABEL_CHARS_PER_LINE = 22;
    static final int LABEL_MAX_LINES = 2;
    static final double LABEL_LINE_HEIGHT = 13;
    static final double LABEL_CHAR_WIDTH = 6.2;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private OverviewLayout() {
    }

    static OverviewMap layout(DecisionTree tree) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
        graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<String, ElkNode> nodes = new HashMap<>();
        Map<String, List<String>> text = new HashMap<>();
        for (DecisionTree.Node node : walkingOrder(tree)) {
            List<String> lines = wrap(node.title());
            ElkNode box = ElkGraphUtil.createNode(graph);
            box.setIdentifier(node.id());
            box.setDimensions(BOX_WIDTH, height(lines.size()));
            nodes.put(node.id(), box);
            text.put(node.id(), lines);
        }
        Set<String> backEdges = backEdges(tree);
        Set<ElkEdge> reversed = new HashSet<>();
        Map<ElkLabel, List<String>> labelText = new HashMap<>();
        for (DecisionTree.Node node : walkingOrder(tree)) {
            for (DecisionTree.Choice choice : node.choices()) {
                String id = node.id() + ">" + choice.to();
                boolean back = backEdges.contains(id) && !node.id().equals(choice.to());
                ElkEdge edge = back ? ElkGraphUtil.createSimpleEdge(nodes.get(choice.to()), nodes.get(node.id()))
                        : ElkGraphUtil.createSimpleEdge(nodes.get(node.id()), nodes.get(choice.to()));
                edge.setIdentifier(id);
                // The choice's words on its branch, as a label ELK places on the line and makes room for.
                List<String> labelLines = wrap(choice.label(), LABEL_CHARS_PER_LINE, LABEL_MAX_LINES);
                ElkLabel label = ElkGraphUtil.createLabel(choice.label(), edge);
                label.setDimensions(labelLines.stream().mapToInt(String::length).max().orElse(1) * LABEL_CHAR_WIDTH,
                        labelLines.size() * LABEL_LINE_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                labelText.put(label, labelLines);
                if (back) {
                    reversed.add(edge);
                }
            }
        }
        synchronized (OverviewLayout.class) {
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        }
        List<OverviewMap.Box> boxes = new ArrayList<>();
        for (DecisionTree.Node node : tree.nodes()) {
            ElkNode box = nodes.get(node.id());
            boxes.add(new OverviewMap.Box(node.id(), node.kind(), node.title(), text.get(node.id()), box.getX(),
                    box.getY(), box.getWidth(), box.getHeight()));
        }
        List<OverviewMap.Line> lines = new ArrayList<>();
        List<OverviewMap.Label> labels = new ArrayList<>();
        for (ElkEdge edge : graph.getContainedEdges()) {
            String[] ends = edge.getIdentifier().split(">");
            for (ElkEdgeSection section : edge.getSections()) {
                List<OverviewMap.Point> points = new ArrayList<>();
                points.add(new OverviewMap.Point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new OverviewMap.Point(bend.getX(), bend.getY()));
                }
                points.add(new OverviewMap.Point(section.getEndX(), section.getEndY()));
                if (reversed.contains(edge)) {
                    java.util.Collections.reverse(points);
                }
                lines.add(new OverviewMap.Line(ends[0], ends[1], points));
            }
            for (ElkLabel label : edge.getLabels()) {
                labels.add(new OverviewMap.Label(ends[0], ends[1], label.getText(), labelText.get(label), label.getX(),
                        label.getY(), label.getWidth(), label.getHeight()));
            }
        }
        return new OverviewMap(graph.getWidth(), graph.getHeight(), boxes, lines, labels);
    }

    /** Kind label, then the title lines (baselines at {@link #FIRST_LINE} + n × line height), then padding. */
    static double height(int lines) {
        return FIRST_LINE + (lines - 1) * LINE_HEIGHT + PADDING;
    }

    /** Choices ("from>to") that lead back to a node on the current depth-first path from the start. */
    static Set<String> backEdges(DecisionTree tree) {
        Set<String> back = new HashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onPath = new java.util.LinkedHashSet<>();
        visit(tree, tree.startNode(), onPath, done, back);
        return back;
    }

    private static void visit(DecisionTree tree, DecisionTree.Node node, Set<String> onPath, Set<String> done,
                              Set<String> back) {
        onPath.add(node.id());
        for (DecisionTree.Choice choice : node.choices()) {
            if (onPath.contains(choice.to())) {
                back.add(node.id() + ">" + choice.to());
            } else if (!done.contains(choice.to())) {
                visit(tree, tree.node(choice.to()).orElseThrow(), onPath, done, back);
            }
        }
        onPath.remove(node.id());
        done.add(node.id());
    }

    static List<DecisionTree.Node> walkingOrder(DecisionTree tree) {
        List<DecisionTree.Node> order = new ArrayList<>(List.of(tree.startNode()));
        for (int i = 0; i < order.size(); i++) {
            for (DecisionTree.Choice choice : order.get(i).choices()) {
                DecisionTree.Node next = tree.node(choice.to()).orElseThrow();
                if (!order.contains(next)) {
                    order.add(next);
                }
            }
        }
        return order;
    }

    /** Greedy word wrap; a title longer than the box allows ends in an ellipsis (the full title is the tooltip). */
    static List<String> wrap(String title) {
        return wrap(title, CHARS_PER_LINE, MAX_LINES);
    }

    static List<String> wrap(String title, int charsPerLine, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > charsPerLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.getLast() + "…");
            return cut;
        }
        return lines;
    }
}
