package org.pedalatlas.trees.ui;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.ui.Breadcrumb;
import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.content.DecisionTree.Node;
import org.pedalatlas.trees.PathNotInTree;
import org.pedalatlas.trees.TreeService;
import org.pedalatlas.trees.TreeWalk;

/**
 * One node of a decision tree at a time. The address holds the whole walk ({@code trees/<tree>/<node>?path=a.b.c},
 * plus {@code &present} for the projector), so Back, reload and a shared link all land on the same node with the
 * same path; each choice is a navigation, so the browser's own Back works too.
 */
@AnonymousAllowed
@Route("trees/:tree/:node?")
@StyleSheet("styles/trees.css")
public class TreeView extends Div implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final TreeService trees;
    private String title = "";
    private boolean present;
    /**
     * Whether the learner left the map open: kept while walking the same tree (the router reuses the view), and
     * carried by {@code &map} in the map's own links, which the browser follows as plain page loads.
     */
    private boolean mapOpen;
    private String mapTree = "";

    public TreeView(TreeService trees) {
        this.trees = trees;
        addClassName("tree-view");
        ChoiceKeys.install(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<DecisionTree> tree = trees.tree(event.getRouteParameters().get("tree").orElse(""));
        if (tree.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        present = query.getParameters().containsKey("present");
        if (!mapTree.equals(tree.get().id())) {
            mapTree = tree.get().id();
            mapOpen = false;
        }
        mapOpen |= query.getParameters().containsKey("map");
        setClassName("tree-present", present);
        title = Words.get("trees.tree.title", tree.get().title());
        add(crumbs(tree.get()), new H1(tree.get().title()));
        try {
            TreeWalk walk = TreeWalk.parse(tree.get(), event.getRouteParameters().get("node").orElse(null),
                    query.getSingleParameter("path").orElse(null));
            show(walk);
        } catch (PathNotInTree e) {
            badPath(tree.get(), e.getMessage());
        }
    }

    /** On a projector the whole width goes to the step: the menu drawer is closed (the toggle still opens it). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (present) {
            AppLayout layout = findAncestor(AppLayout.class);
            if (layout != null) {
                layout.setDrawerOpened(false);
            }
        }
    }

    private void show(TreeWalk walk) {
        Node node = walk.current();
        Button back = Parts.tool("tree-back", Words.get("trees.back"), () -> go(walk.back()));
        back.setEnabled(!walk.atStart());
        back.getElement().setAttribute("aria-keyshortcuts", "Backspace");
        Button restart = Parts.tool("tree-restart", Words.get("trees.restart"), () -> go(walk.restart()));
        restart.setEnabled(!walk.atStart());
        Anchor presenter = new Anchor(href(walk, !present), Words.get(present ? "trees.tree.leave-present" : "trees.tree.present"));
        presenter.setId("tree-present-toggle");
        Div tools = new Div(back, restart, presenter);
        tools.addClassName("tree-tools");
        add(tools, path(walk));
        Section card = new Section();
        card.addClassNames("tree-node", "kind-" + node.kind().name().toLowerCase());
        Span kind = new Span(walk.finished() ? Words.get("trees.tree.end")
                : Words.get("trees.tree.step", label(node.kind()), walk.steps().size()));
        kind.addClassName("node-kind");
        H2 heading = new H2(node.title());
        heading.setId("node-title");
        Parts.focusOnArrival(heading, !walk.atStart());
        card.add(kind, heading, new Paragraph(node.text()));
        if (!walk.finished()) {
            List<Button> buttons = new ArrayList<>();
            for (int i = 0; i < node.choices().size(); i++) {
                int index = i;
                buttons.add(Parts.choice(i + 1, node.choices().get(i).label(), () -> go(walk.choose(index))));
            }
            card.add(Parts.choices(buttons));
        }
        card.add(Parts.sources(node.sources().stream().map(trees::note).toList()),
                Parts.pages(Words.get("trees.read"), trees.pages(node.pages())));
        add(card);
        if (walk.finished()) {
            add(summary(walk));
        }
        add(OverviewPanel.of(walk, trees.map(walk.tree()), present, mapOpen, opened -> mapOpen = opened));
    }

    private Nav path(TreeWalk walk) {
        OrderedList list = new OrderedList();
        for (int i = 0; i < walk.steps().size(); i++) {
            Node step = walk.steps().get(i);
            if (i == walk.steps().size() - 1) {
                Span here = new Span(step.title());
                here.getElement().setAttribute("aria-current", "step");
                list.add(new ListItem(here));
            } else {
                list.add(new ListItem(new Anchor(href(walk.upTo(i), present), step.title())));
            }
        }
        Nav nav = new Nav(list);
        nav.addClassName("tree-path");
        nav.getElement().setAttribute("aria-label", Words.get("trees.tree.path"));
        return nav;
    }

    private Section summary(TreeWalk walk) {
        Section end = new Section();
        end.addClassName("tree-end");
        end.setId("tree-end");
        OrderedList steps = new OrderedList();
        for (int i = 0; i < walk.steps().size(); i++) {
            Node step = walk.steps().get(i);
            ListItem item = new ListItem(new Span(step.title()));
            walk.choiceTakenAt(i).ifPresent(label -> {
                Span chosen = new Span(" → " + label);
                chosen.addClassName("muted");
                item.add(chosen);
            });
            steps.add(item);
        }
        Button again = new Button(Words.get("trees.tree.again"), e -> go(walk.restart()));
        again.setId("tree-again");
        end.add(new H2(Words.get("trees.tree.your-path")), steps,
                Parts.pages(Words.get("trees.tree.techniques"), trees.pages(walk.pagesUsed())), again);
        return end;
    }

    private void badPath(DecisionTree tree, String message) {
        Div box = new Div(new H2(Words.get("trees.tree.cannot-show")), new Paragraph(message),
                new Paragraph(Words.get("trees.tree.cannot-show-why")),
                new Anchor(href(TreeWalk.start(tree), present), Words.get("trees.tree.start-again", tree.title())));
        box.addClassName("tree-bad-path");
        box.setId("tree-bad-path");
        box.getElement().setAttribute("role", "alert");
        add(box);
    }

    private static Breadcrumb crumbs(DecisionTree tree) {
        return new Breadcrumb(List.of(new Breadcrumb.Crumb(Words.get("base.menu.route.trees"), "trees"),
                new Breadcrumb.Crumb(tree.title(), null)));
    }

    private void go(TreeWalk walk) {
        navigate(href(walk, present));
    }

    /** Navigates to an app-relative address that may carry a query string. */
    static void navigate(String href) {
        int query = href.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? href : href.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(query + 1)));
    }

    static String href(TreeWalk walk, boolean present) {
        return "trees/" + walk.tree().id() + "/" + walk.current().id() + "?path=" + walk.path()
                + (present ? "&present" : "");
    }

    static String label(DecisionTree.Kind kind) {
        return switch (kind) {
            case QUESTION -> Words.get("trees.kind.question");
            case ACTION -> Words.get("trees.kind.action");
            case OUTCOME -> Words.get("trees.kind.outcome");
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
