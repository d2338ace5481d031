package org.pedalatlas.trees.ui;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.ui.Breadcrumb;
import org.pedalatlas.content.CaseScenario;
import org.pedalatlas.content.CaseScenario.Rating;
import org.pedalatlas.trees.CaseRun;
import org.pedalatlas.trees.PathNotInTree;
import org.pedalatlas.trees.CaseResultService;
import org.pedalatlas.trees.TreeService;

/**
 * A case scenario, step by step: the feedback on the last choice (its rating, why, and the passage behind the
 * judgement), then the next decision, and at the end the score. The answers so far are in the address
 * ({@code cases/<case>?answers=1.2}) so a reload keeps them.
 */
@AnonymousAllowed
@Route("cases/:case")
@StyleSheet("styles/trees.css")
public class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TreeService trees;
    private final CaseResultService caseResults;
    private String title = "";

    public CaseView(TreeService trees, CaseResultService caseResults) {
        this.caseResults = caseResults;
        this.trees = trees;
        addClassName("case-view");
        ChoiceKeys.install(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CaseScenario> scenario = trees.scenario(event.getRouteParameters().get("case").orElse(""));
        if (scenario.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = Words.get("trees.case.title", scenario.get().title());
        Paragraph story = new Paragraph(scenario.get().story());
        story.addClassName("case-story");
        add(crumbs(scenario.get()), new H1(scenario.get().title()), story);
        try {
            show(CaseRun.parse(scenario.get(),
                    event.getLocation().getQueryParameters().getSingleParameter("answers").orElse(null)));
        } catch (PathNotInTree e) {
            Div box = new Div(new H2(Words.get("trees.case.cannot-replay")), new Paragraph(e.getMessage()),
                    new Anchor("cases/" + scenario.get().id(), Words.get("trees.case.start-again")));
            box.addClassName("tree-bad-path");
            box.setId("tree-bad-path");
            box.getElement().setAttribute("role", "alert");
            add(box);
        }
    }

    private void show(CaseRun run) {
        Button back = Parts.tool("tree-back", Words.get("trees.back"), () -> go(run.answers().isEmpty() ? run
                : new CaseRun(run.scenario(), run.answers().subList(0, run.answers().size() - 1))));
        back.setEnabled(!run.answers().isEmpty());
        Button restart = Parts.tool("tree-restart", Words.get("trees.restart"), () -> go(CaseRun.start(run.scenario())));
        restart.setEnabled(!run.answers().isEmpty());
        Span score = new Span(Words.get("trees.case.score", run.points(), run.maxPoints()));
        score.setId("case-score");
        score.addClassName("case-score");
        Div tools = new Div(back, restart, score);
        tools.addClassName("tree-tools");
        add(tools);
        run.last().ifPresent(answer -> add(feedback(answer)));
        run.current().ifPresentOrElse(step -> add(step(run, step)), () -> add(end(run)));
    }

    private Section step(CaseRun run, CaseScenario.Step step) {
        Section card = new Section();
        card.addClassNames("tree-node", "kind-question");
        Span kind = new Span(Words.get("trees.case.decision", run.answers().size() + 1));
        kind.addClassName("node-kind");
        H2 heading = new H2(step.situation());
        heading.setId("node-title");
        Parts.focusOnArrival(heading, !run.answers().isEmpty());
        List<Button> buttons = new ArrayList<>();
        List<Integer> order = shownOrder(step);
        for (int i = 0; i < order.size(); i++) {
            int index = order.get(i);
            buttons.add(Parts.choice(i + 1, step.choices().get(index).label(), () -> go(run.answer(index))));
        }
        card.add(kind, heading, Parts.choices(buttons));
        return card;
    }

    /** The options in an order fixed per step but not the authored one, so the best answer is not always first. */
    private static List<Integer> shownOrder(CaseScenario.Step step) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < step.choices().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> (step.id() + "/" + step.choices().get(i).label()).hashCode()));
        return order;
    }

    private Section feedback(CaseRun.Answer answer) {
        Section box = new Section();
        box.addClassNames("case-feedback", "rating-" + answer.choice().rating().name().toLowerCase());
        box.setId("case-feedback");
        box.getElement().setAttribute("aria-live", "polite");
        Span rating = new Span(rating(answer.choice().rating()));
        rating.addClassName("rating");
        Paragraph chose = new Paragraph(Words.get("trees.case.chose", answer.choice().label()));
        chose.addClassName("muted");
        box.add(rating, chose, new Paragraph(answer.choice().feedback()),
                Parts.sources(List.of(trees.note(answer.choice().src()))),
                Parts.pages(Words.get("trees.read"), trees.pages(answer.choice().pages())));
        return box;
    }

    private Section end(CaseRun run) {
        caseResults.record(run);
        Section end = new Section();
        end.addClassName("tree-end");
        end.setId("case-end");
        H2 heading = new H2(Words.get("trees.case.complete", run.points(), run.maxPoints()));
        heading.setId("case-final-score");
        Paragraph counts = new Paragraph(Words.get("trees.case.counts", run.count(Rating.BEST), run.count(Rating.ACCEPTABLE),
                run.count(Rating.HARMFUL)));
        OrderedList list = new OrderedList();
        for (CaseRun.Answer answer : run.answers()) {
            Span r = new Span(rating(answer.choice().rating()));
            r.addClassNames("rating", "rating-" + answer.choice().rating().name().toLowerCase());
            list.add(new ListItem(new Span(answer.step().situation() + " "), new Span("→ " + answer.choice().label() + " "), r));
        }
        Button again = new Button(Words.get("trees.case.again"), e -> go(CaseRun.start(run.scenario())));
        again.setId("tree-again");
        end.add(heading, counts, list, again, new Anchor("trees#case-scenarios", Words.get("trees.case.all")));
        return end;
    }

    private static String rating(Rating rating) {
        return switch (rating) {
            case BEST -> Words.get("trees.rating.best");
            case ACCEPTABLE -> Words.get("trees.rating.acceptable");
            case HARMFUL -> Words.get("trees.rating.harmful");
        };
    }

    private static Component crumbs(CaseScenario scenario) {
        return new Breadcrumb(List.of(new Breadcrumb.Crumb(Words.get("base.menu.route.trees"), "trees"),
                new Breadcrumb.Crumb(Words.get("progress.cases"), "trees#case-scenarios"), new Breadcrumb.Crumb(scenario.title(), null)));
    }

    private void go(CaseRun run) {
        TreeView.navigate("cases/" + run.scenario().id() + (run.answers().isEmpty() ? "" : "?answers=" + run.encoded()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
