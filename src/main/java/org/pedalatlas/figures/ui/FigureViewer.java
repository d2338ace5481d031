package org.pedalatlas.figures.ui;

import org.pedalatlas.base.Words;
import org.pedalatlas.base.ui.Icons;

import java.io.Serializable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * An inline SVG figure with zoom and pan (buttons, wheel, pinch, drag, keyboard), on a plain script served as a
 * static file. Activating a hotspot — click, tap, Enter or Space — reaches the listeners with the hotspot's id.
 */
public class FigureViewer extends Div {

    static final String SCRIPT = "context://components/figure-viewer.js";

    private final Div viewport = new Div();
    private final Div toolbar = new Div();

    public FigureViewer(String svg, String label) {
        addClassName("figure-viewer");
        viewport.addClassName("figure-viewport");
        viewport.getElement().setProperty("innerHTML", svg);
        viewport.getElement().setAttribute("tabindex", "0");
        viewport.getElement().setAttribute("role", "group");
        viewport.getElement().setAttribute("aria-label", Words.get("figures.viewer.label", label));
        toolbar.addClassName("figure-toolbar");
        toolbar.add(tool(Icons.MINUS, Words.get("figures.viewer.zoom-out"), "zoom-out", () -> call("zoom", 0.8)),
                tool(Icons.PLUS, Words.get("figures.viewer.zoom-in"), "zoom-in", () -> call("zoom", 1.25)),
                tool(Icons.EXPAND, Words.get("figures.viewer.zoom-reset"), "zoom-reset", () -> call("reset")));
        com.vaadin.flow.component.html.Span phoneHint = new com.vaadin.flow.component.html.Span(
                Words.get("figures.viewer.swipe"));
        phoneHint.addClassName("figure-phone-hint");
        add(toolbar, phoneHint, viewport);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        call("init");
    }

    /** Room in the toolbar for a view's own buttons (self-test, presenter). */
    public void addTool(com.vaadin.flow.component.Component tool) {
        toolbar.add(tool);
    }

    public Registration addHotspotListener(Consumer<String> listener) {
        return viewport.getElement().addEventListener("figure-hotspot",
                e -> listener.accept(e.getEventData().get("event.detail").asString())).addEventData("event.detail");
    }

    /** Calls {@code window.pedalFigure.<function>(viewport, args…)} in the browser. */
    public void call(String function, Serializable... args) {
        String params = IntStream.range(0, args.length).mapToObj(i -> ", $" + i).collect(Collectors.joining());
        viewport.getElement().executeJs("window.pedalFigure && window.pedalFigure." + function + "(this" + params + ")", args);
    }

    public void focusDrawing() {
        viewport.getElement().executeJs("this.focus()");
    }

    private static Button tool(Icons icon, String label, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(label);
        button.getElement().setAttribute("title", label);
        button.addClassName("figure-tool-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
