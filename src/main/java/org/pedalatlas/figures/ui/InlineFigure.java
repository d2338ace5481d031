package org.pedalatlas.figures.ui;

import org.pedalatlas.base.Words;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.pedalatlas.base.ui.PageFigure;
import org.pedalatlas.figures.FigureRecords.FigureDetail;
import org.pedalatlas.figures.FigureService;

/**
 * The first figure that illustrates an atlas page, shown on that page with its viewer: zoom by buttons, keys or
 * Ctrl+wheel (the plain wheel keeps scrolling the page), hotspots that open their pages, and a link to the
 * figure's own page for layers, callouts, steps and the self-test.
 */
@org.springframework.stereotype.Component
class InlineFigure implements PageFigure {

    private final FigureService figures;

    InlineFigure(FigureService figures) {
        this.figures = figures;
    }

    @Override
    public Optional<Component> teaching(String pageId) {
        return figures.figuresFor(pageId).stream().findFirst()
                .flatMap(card -> figures.figure(card.link().id()))
                .map(InlineFigure::section);
    }

    private static Component section(FigureDetail figure) {
        FigureViewer viewer = new FigureViewer(figure.svg(), figure.title());
        viewer.addHotspotListener(id -> figure.hotspots().stream().filter(h -> h.id().equals(id)).findFirst()
                .ifPresent(h -> UI.getCurrent().navigate(h.page().href())));
        Paragraph caption = new Paragraph(figure.alt() + " ");
        caption.add(new Anchor("figures/" + figure.id(), Words.get(figure.steps().isEmpty()
                ? "figures.inline.open" : "figures.inline.open-steps")));
        caption.addClassName("muted");
        Section section = new Section(new H2(figure.title()), viewer, caption);
        section.addClassName("inline-figure");
        section.setId("inline-figure");
        return section;
    }
}
