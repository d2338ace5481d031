package org.pedalatlas.trees.ui;

import org.pedalatlas.base.Words;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.trees.OverviewMap;
import org.pedalatlas.trees.OverviewSvg;
import org.pedalatlas.trees.TreeWalk;

/**
 * The overview map of a tree in a collapsible panel. The SVG is inline (Html inside a div, so the browser parses it
 * as SVG), its nodes are links: a node already walked keeps the history up to it, any other is reached by its
 * shortest way. The links carry {@code map} so the panel is still open after the page load they cause.
 */
final class OverviewPanel {

    private OverviewPanel() {
    }

    static Details of(TreeWalk walk, OverviewMap map, boolean present, boolean opened, Consumer<Boolean> onToggle) {
        Set<String> walked = new HashSet<>();
        walk.steps().forEach(n -> walked.add(n.id()));
        String svg = OverviewSvg.render(walk.tree().title(), map, walk.current().id(), walked,
                id -> href(walk, id, present));
        Div frame = new Div(new Html("<div class=\"tree-map-frame\">" + svg + "</div>"));
        frame.addClassName("tree-map-scroll");
        Details details = new Details(Words.get("trees.tree.overview"), frame);
        details.setId("tree-map");
        details.addClassName("tree-map-details");
        details.setOpened(opened);
        details.addOpenedChangeListener(e -> onToggle.accept(e.isOpened()));
        return details;
    }

    private static String href(TreeWalk walk, String nodeId, boolean present) {
        for (int i = walk.steps().size() - 1; i >= 0; i--) {
            if (walk.steps().get(i).id().equals(nodeId)) {
                return TreeView.href(walk.upTo(i), present) + "&map";
            }
        }
        DecisionTree tree = walk.tree();
        return "trees/" + tree.id() + "/" + nodeId + "?map" + (present ? "&present" : "");
    }
}
