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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.content.CaseScenario;
import org.pedalatlas.content.DecisionTree;
import org.pedalatlas.trees.CaseResultService;
import org.pedalatlas.trees.TreeService;

/** The decision trees and the scored case scenarios, in the authors' order. */
@AnonymousAllowed
@Route("trees")
@PageTitle("Decision trees · Pedal Access Atlas")
@Menu(title = "Decision trees", order = 50)
@StyleSheet("styles/trees.css")
public class TreesView extends Div {

    public TreesView(TreeService trees, CaseResultService caseResults) {
        addClassName("trees-view");
        add(new H1("Decision trees"), lead("When a step fails, the review says what to try next. Walk its reasoning one "
                + "question at a time; every step shows the passage it rests on and links to the technique in the atlas. "
                + "Number keys pick a choice, Backspace goes back."));
        Div grid = new Div();
        grid.addClassName("tree-grid");
        for (DecisionTree tree : trees.trees()) {
            grid.add(card("tree-card-" + tree.id(), "trees/" + tree.id(), tree.title(), tree.summary(),
                    tree.nodes().size() + " steps on its map"));
        }
        add(new Section(grid));
        Div cases = new Div();
        cases.addClassName("tree-grid");
        for (CaseScenario scenario : trees.cases()) {
            String best = caseResults.best(scenario.id()).map(b -> "Your best: " + b.points() + " of " + b.max())
                    .orElse(scenario.steps().size() + " decisions");
            cases.add(card("case-card-" + scenario.id(), "cases/" + scenario.id(), scenario.title(), scenario.summary(),
                    best));
        }
        Section caseSection = new Section(new H2("Case scenarios"), lead("Short cases played as branching scenarios. "
                + "Each choice is rated best, acceptable or harmful only where the review supports that judgement, "
                + "with feedback and the passage behind it."), cases);
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
}
