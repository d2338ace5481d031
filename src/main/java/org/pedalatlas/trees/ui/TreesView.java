package org.pedalatlas.trees.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.content.CaseScenario;
import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.trees.CaseResultService;
import org.pedalatlas.trees.TreeService;

/** The decision trees and the scored case scenarios, in the authors' order. */
@AnonymousAllowed
@Route("trees")
@Menu(title = "Decision trees", order = 50)
@StyleSheet("styles/trees.css")
public class TreesView extends Div implements HasDynamicTitle {

    public TreesView(TreeService trees, CaseResultService caseResults) {
        addClassName("trees-view");
        add(new H1(getTranslation("base.menu.route.trees")), lead(getTranslation("trees.list.intro")));
        Div grid = new Div();
        grid.addClassName("tree-grid");
        for (DecisionTree tree : trees.trees()) {
            grid.add(card("tree-card-" + tree.id(), "trees/" + tree.id(), tree.title(), tree.summary(),
                    getTranslation("trees.list.steps", tree.nodes().size())));
        }
        add(new Section(grid));
        Div cases = new Div();
        cases.addClassName("tree-grid");
        for (CaseScenario scenario : trees.cases()) {
            String best = caseResults.best(scenario.id()).map(b -> getTranslation("trees.list.best", b.points(), b.max()))
                    .orElse(getTranslation("trees.list.decisions", scenario.steps().size()));
            cases.add(card("case-card-" + scenario.id(), "cases/" + scenario.id(), scenario.title(), scenario.summary(),
                    best));
        }
        Section caseSection = new Section(new H2(getTranslation("progress.cases")), lead(getTranslation("trees.list.cases-intro")), cases);
        caseSection.setId("case-scenarios");
        add(caseSection);
    }

    private static Div card(String id, String href, String title, String summary, String meta) {
        Anchor link = new Anchor(href, title);
        H2 heading = new H2(link);
        Span info = new Span(meta);
        info.addClassName("muted");
        Div card = new Div(heading, new Paragraph(summary), info);
        card.addClassName("tree-card");
        card.setId(id);
        return card;
    }

    private static Paragraph lead(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("lead");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trees.list.title");
    }
}
