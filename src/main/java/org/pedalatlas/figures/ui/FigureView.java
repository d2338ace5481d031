package org.pedalatlas.figures.ui;

import org.pedalatlas.base.Words;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.ui.Breadcrumb;
import org.pedalatlas.base.HtmlText;
import org.pedalatlas.base.ui.Icons;
import org.pedalatlas.figures.FigureRecords.Callout;
import org.pedalatlas.figures.FigureRecords.FigureDetail;
import org.pedalatlas.figures.FigureRecords.Hotspot;
import org.pedalatlas.figures.FigureRecords.Layer;
import org.pedalatlas.content.PageRef;
import org.pedalatlas.figures.FigureRecords.SourceLine;
import org.pedalatlas.figures.FigureService;

/**
 * One figure: the drawing with zoom, layers, numbered callouts and hotspots that open atlas pages, its steps, a
 * label self-test, the long text description and the source passages it illustrates.
 */
@AnonymousAllowed
@Route("figures/:id")
public class FigureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FigureService figures;
    private String title = "";

    public FigureView(FigureService figures) {
        this.figures = figures;
        addClassName("figure-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FigureDetail figure = event.getRouteParameters().get("id").flatMap(figures::figure)
                .orElseThrow(NotFoundException::new);
        title = Words.get("figures.figure.title", figure.title());
        removeAll();
        FigureViewer viewer = new FigureViewer(figure.svg(), figure.title());
        SelfTestPanel selfTest = new SelfTestPanel(viewer, figure.hotspots());
        Button testButton = new Button(Words.get("figures.figure.test"), Icons.ACADEMY_CAP.create());
        testButton.setId("self-test-toggle");
        testButton.addClickListener(e -> {
            if (selfTest.running()) {
                selfTest.stop();
                testButton.setText(Words.get("figures.figure.test"));
            } else {
                selfTest.start();
                testButton.setText(Words.get("figures.figure.end-test"));
                // Drawing and name field in one screen: the drawing's toolbar goes to the top of the view.
                viewer.getElement().executeJs("this.scrollIntoView({block: 'start'})");
            }
            setClassName("testing", selfTest.running());
        });
        testButton.setVisible(!figure.hotspots().isEmpty());
        viewer.addTool(testButton);
        viewer.addHotspotListener(id -> {
            if (selfTest.running()) {
                selfTest.selected(id);
            } else {
                figure.hotspots().stream().filter(h -> h.id().equals(id)).findFirst()
                        .ifPresent(h -> UI.getCurrent().navigate(h.page().href()));
            }
        });
        Div stage = new Div(viewer);
        stage.addClassName("figure-stage");
        stage.setId("figure-stage");
        stage.getElement().setAttribute("tabindex", "-1");
        // The self-test sits right under the drawing (the drawing shrinks while it runs, see figures.css), so the
        // name field is in view beside the region just selected.
        stage.add(selfTest);
        if (!figure.steps().isEmpty()) {
            stage.add(new StepperPanel(figure.steps(), i -> viewer.call("step", i)));
        }
        stage.add(presenterHint());
        Button presenter = presenterButton(stage);
        viewer.addTool(presenter);
        if (event.getLocation().getQueryParameters().getParameters().containsKey("present")) {
            // ?present opens straight in presenter mode: how a workshop presenter shows the figure to the room.
            stage.addClassName("presenter");
            presenter.setText(Words.get("figures.figure.leave"));
            // No automatic full screen: framed in the workshop presenter, it would cover the session's own controls.
            stage.getElement().executeJs("this.focus()");
        }
        stage.getElement().executeJs("window.pedalFigure && window.pedalFigure.stage(this)");
        Div layout = new Div(stage, panel(figure, viewer));
        layout.addClassName("figure-layout");
        Paragraph lead = new Paragraph(figure.alt());
        lead.addClassName("lead");
        add(breadcrumb(figure), new H1(figure.title()), lead, layout, description(figure), sources(figure));
    }

    /** Presenter mode: the stage fills the screen with large captions and is driven from the keyboard. */
    private static Button presenterButton(Div stage) {
        Button button = new Button(Words.get("figures.figure.present"), Icons.PRESENTATION.create());
        button.setId("presenter-toggle");
        button.getElement().setAttribute("title", Words.get("figures.figure.present-keys"));
        button.addClickListener(e -> {
            boolean on = !stage.hasClassName("presenter");
            stage.setClassName("presenter", on);
            button.setText(Words.get(on ? "figures.figure.leave" : "figures.figure.present"));
            stage.getElement().executeJs("window.pedalFigure && window.pedalFigure.presenter(this, $0)", on);
        });
        return button;
    }

    private static Paragraph presenterHint() {
        Paragraph hint = new Paragraph(Words.get("figures.figure.present-hint"));
        hint.addClassName("presenter-hint");
        return hint;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Breadcrumb breadcrumb(FigureDetail figure) {
        return new Breadcrumb(List.of(new Breadcrumb.Crumb(Words.get("base.menu.route.figures"), "figures"),
                new Breadcrumb.Crumb(figure.title(), "figures/" + figure.id())));
    }

    private static Aside panel(FigureDetail figure, FigureViewer viewer) {
        Aside panel = new Aside();
        panel.addClassName("figure-panel");
        if (!figure.layers().isEmpty()) {
            Div layers = new Div();
            layers.addClassName("figure-layers");
            layers.getElement().setAttribute("role", "group");
            layers.getElement().setAttribute("aria-labelledby", "layers-heading");
            for (Layer layer : figure.layers()) {
                String name = layer.label().isEmpty() ? Words.get("figures.layer.callouts") : layer.label();
                Checkbox box = new Checkbox(name, !layer.hidden());
                box.setId("layer-" + layer.id());
                box.addValueChangeListener(e -> viewer.call("layer", layer.id(), e.getValue()));
                if (layer.hidden()) {
                    viewer.call("layer", layer.id(), false);
                }
                layers.add(box);
            }
            H2 heading = new H2(Words.get("figures.figure.layers"));
            heading.setId("layers-heading");
            panel.add(heading, layers);
        }
        if (!figure.callouts().isEmpty()) {
            OrderedList list = new OrderedList();
            list.addClassName("callout-list");
            for (Callout c : figure.callouts()) {
                ListItem item = new ListItem(new Html("<span>" + HtmlText.escape(c.text()) + " " + c.sourceHtml() + "</span>"));
                item.getElement().setAttribute("value", String.valueOf(c.n()));
                item.getElement().addEventListener("mouseenter", e -> viewer.call("highlight", c.anchor(), true));
                item.getElement().addEventListener("mouseleave", e -> viewer.call("highlight", c.anchor(), false));
                list.add(item);
            }
            panel.add(new H2(Words.get("figures.figure.callouts")), list);
        }
        if (!figure.hotspots().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("hotspot-list");
            for (Hotspot h : figure.hotspots()) {
                list.add(new ListItem(new Anchor(h.page().href(), h.name())));
            }
            Paragraph hint = new Paragraph(Words.get("figures.figure.regions-hint"));
            hint.addClassName("muted");
            panel.add(new H2(Words.get("figures.figure.in-figure")), hint, list);
        }
        return panel;
    }

    private static Details description(FigureDetail figure) {
        Div text = new Div();
        text.addClassName("prose");
        figure.description().forEach(p -> text.add(new Paragraph(p.strip())));
        Details details = new Details(Words.get("figures.figure.description"), text);
        details.addClassName("figure-description");
        details.setId("figure-description");
        return details;
    }

    private static Section sources(FigureDetail figure) {
        UnorderedList list = new UnorderedList();
        list.addClassName("figure-sources");
        for (SourceLine line : figure.sources()) {
            list.add(new ListItem(new Html("<span>" + HtmlText.escape(line.sectionLabel()) + " " + line.markerHtml() + "</span>")));
        }
        UnorderedList pages = new UnorderedList();
        pages.addClassName("figure-pages");
        for (PageRef page : figure.pages()) {
            pages.add(new ListItem(new Anchor(page.href(), page.title())));
        }
        Paragraph note = new Paragraph(Words.get("figures.figure.original"));
        note.addClassName("muted");
        Section section = new Section(new H2(Words.get("figures.figure.based-on")), note, list, new H2(Words.get("figures.figure.pages")), pages);
        section.addClassName("figure-provenance");
        return section;
    }
}
