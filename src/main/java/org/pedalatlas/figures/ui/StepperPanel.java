package org.pedalatlas.figures.ui;

import org.pedalatlas.base.Words;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.pedalatlas.base.HtmlText;
import org.pedalatlas.base.ui.Icons;
import org.pedalatlas.figures.FigureRecords.Step;

/** Steps through a figure's sequence: previous/next buttons, ←/→ keys, the caption and progress dots. */
class StepperPanel extends Div {

    private final List<Step> steps;
    private final IntConsumer onStep;
    private final Button previous = new Button(Words.get("figures.steps.previous"), Icons.ARROW_LEFT.create());
    private final Button next = new Button(Words.get("figures.steps.next"), Icons.ARROW_RIGHT.create());
    private final Span counter = new Span();
    private final Div caption = new Div();
    private final Div dots = new Div();
    private int index;

    StepperPanel(List<Step> steps, IntConsumer onStep) {
        this.steps = steps;
        this.onStep = onStep;
        addClassName("stepper");
        setId("stepper");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", Words.get("figures.steps.label"));
        previous.setId("step-previous");
        next.setId("step-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(e -> go(index - 1));
        next.addClickListener(e -> go(index + 1));
        counter.addClassName("step-counter");
        counter.setId("step-counter");
        caption.addClassName("step-caption");
        caption.setId("step-caption");
        caption.getElement().setAttribute("aria-live", "polite");
        dots.addClassName("step-dots");
        dots.getElement().setAttribute("aria-hidden", "true");
        Div controls = new Div(previous, counter, next);
        controls.addClassName("step-controls");
        add(controls, caption, dots);
        Shortcuts.addShortcutListener(this, () -> go(index - 1), Key.ARROW_LEFT).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> go(index + 1), Key.ARROW_RIGHT).listenOn(this);
        render();
    }

    void go(int target) {
        if (target < 0 || target >= steps.size() || target == index) {
            return;
        }
        index = target;
        render();
        onStep.accept(index);
    }

    int index() {
        return index;
    }

    private void render() {
        Step step = steps.get(index);
        counter.setText(Words.get("figures.steps.counter", step.title(), index + 1, steps.size()));
        caption.removeAll();
        caption.add(new Html("<span><strong>" + HtmlText.escape(step.title()) + ".</strong> " + HtmlText.escape(step.caption()) + " "
                + step.sourceHtml() + "</span>"));
        previous.setEnabled(index > 0);
        next.setEnabled(index < steps.size() - 1);
        dots.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            Span dot = new Span(steps.get(i).title());
            dot.addClassName("step-dot");
            if (i == index) {
                dot.addClassName("current");
            }
            dots.add(dot);
        }
    }

}
