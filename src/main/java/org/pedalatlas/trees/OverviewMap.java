package org.pedalatlas.trees;

import java.util.List;

import org.pedalatlas.content.DecisionTree;

/**
 * A laid-out picture of a whole tree: a box per node, a polyline per choice and the choice's words on it, in SVG
 * user units.
 */
public record OverviewMap(double width, double height, List<Box> boxes, List<Line> lines, List<Label> labels) {

    public record Box(String nodeId, DecisionTree.Kind kind, String title, List<String> textLines,
                      double x, double y, double width, double height) {
    }

    public record Line(String from, String to, List<Point> points) {
    }

    public record Point(double x, double y) {
    }

    /** A choice's label: its full text, the wrapped lines shown, and the box ELK placed it in. */
    public record Label(String from, String to, String text, List<String> textLines, double x, double y,
                        double width, double height) {
    }
}
