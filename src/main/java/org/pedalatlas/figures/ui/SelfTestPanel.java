package org.pedalatlas.figures.ui;

import org.pedalatlas.base.Words;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.pedalatlas.figures.FigureRecords.Hotspot;
import org.pedalatlas.figures.LabelSelfTest;

/**
 * The label self-test: names are hidden, the learner selects a region in the drawing and types its name (or types
 * the name of a hidden region to find it); the label is revealed and the score kept as "x of y".
 */
class SelfTestPanel extends Div {

    private final FigureViewer viewer;
    private final List<Hotspot> hotspots;
    private final TextField name = new TextField(Words.get("figures.self-test.name"));
    private final Span selection = new Span();
    private final Paragraph feedback = new Paragraph();
    private final Span score = new Span();
    private LabelSelfTest test;

    SelfTestPanel(FigureViewer viewer, List<Hotspot> hotspots) {
        this.viewer = viewer;
        this.hotspots = hotspots;
        addClassName("self-test-panel");
        setId("self-test");
        Paragraph how = new Paragraph(Words.get("figures.self-test.how"));
        how.addClassName("muted");
        name.setId("self-test-name");
        name.setClearButtonVisible(true);
        Button check = new Button(Words.get("figures.self-test.check"), e -> check());
        check.setId("self-test-check");
        name.addKeyDownListener(Key.ENTER, e -> check());
        selection.setId("self-test-selection");
        selection.addClassName("self-test-selection");
        feedback.setId("self-test-feedback");
        feedback.getElement().setAttribute("role", "status");
        score.setId("self-test-score");
        score.addClassName("self-test-score");
        Div row = new Div(name, check);
        row.addClassName("self-test-row");
        add(how, selection, row, feedback, score);
        setVisible(false);
    }

    void start() {
        test = new LabelSelfTest(hotspots);
        viewer.call("selfTest", true);
        selection.setText(Words.get("figures.self-test.no-selection"));
        feedback.setText("");
        name.clear();
        showScore();
        setVisible(true);
    }

    void stop() {
        test = null;
        viewer.call("selfTest", false);
        setVisible(false);
    }

    boolean running() {
        return test != null;
    }

    /** A hotspot was activated in the drawing while the test runs. */
    void selected(String regionId) {
        if (test.select(regionId)) {
            viewer.call("select", regionId);
            selection.setText(Words.get("figures.self-test.selected"));
            name.focus();
        } else {
            selection.setText(Words.get("figures.self-test.already"));
        }
    }

    private void check() {
        LabelSelfTest.Outcome outcome = test.answer(name.getValue());
        outcome.region().ifPresent(r -> viewer.call("reveal", r.id(), outcome.right() ? "right" : "wrong"));
        feedback.setText(outcome.message());
        feedback.getElement().setAttribute("data-outcome", outcome.counted() ? outcome.right() ? "right" : "wrong" : "none");
        if (outcome.counted()) {
            name.clear();
            selection.setText(Words.get(test.finished() ? "figures.self-test.all-named" : "figures.self-test.no-selection"));
        }
        showScore();
    }

    private void showScore() {
        score.setText(test.answered() > test.right()
                ? Words.get("figures.self-test.score-missed", test.right(), test.total(), test.answered() - test.right())
                : Words.get("figures.self-test.score", test.right(), test.total()));
    }
}
