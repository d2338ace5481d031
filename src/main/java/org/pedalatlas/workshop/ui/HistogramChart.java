package org.pedalatlas.workshop.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.pedalatlas.workshop.WorkshopRecords.Bar;

/** The presenter's answer histogram: one labelled bar per answer, marked right or wrong once revealed. */
final class HistogramChart extends Div {

    HistogramChart(List<Bar> bars) {
        setId("histogram");
        addClassName("histogram");
        int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
        for (Bar bar : bars) {
            Div fill = new Div();
            fill.addClassName("fill");
            if (bar.correct() != null) {
                fill.addClassName(bar.correct() ? "right" : "wrong");
            }
            fill.getStyle().set("width", (100 * bar.count() / max) + "%");
            Span label = new Span((Boolean.TRUE.equals(bar.correct()) ? "✓ " : "") + bar.label());
            label.addClassName("bar-label");
            Span n = new Span(String.valueOf(bar.count()));
            n.addClassName("bar-count");
            Div track = new Div(fill);
            track.addClassName("bar-track");
            Div row = new Div(label, track, n);
            row.addClassName("bar-row");
            row.getElement().setAttribute("aria-label", bar.label() + ": " + bar.count());
            add(row);
        }
    }
}
