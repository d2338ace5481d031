package org.pedalatlas.figures.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureService;

/** Every figure of the atlas as a card with a small copy of the drawing. */
@AnonymousAllowed
@Route("figures")
@Menu(title = "Figures", order = 20)
public class FigureGalleryView extends Div implements HasDynamicTitle {

    public FigureGalleryView(FigureService figures) {
        addClassName("figure-gallery-page");
        Paragraph lead = new Paragraph(getTranslation("figures.gallery.intro"));
        lead.addClassName("lead");
        UnorderedList grid = new UnorderedList();
        grid.addClassName("figure-grid");
        for (FigureCard card : figures.gallery()) {
            Image thumb = new Image(card.thumbnailUri(), "");
            thumb.addClassName("figure-thumb");
            Anchor title = new Anchor(card.link().href(), card.link().title());
            title.addClassName("figure-card-link");
            Paragraph alt = new Paragraph(card.link().alt());
            alt.addClassName("muted");
            Div facts = new Div();
            facts.addClassName("chips");
            if (card.hotspots() > 0) {
                facts.add(chip(getTranslation("figures.gallery.hotspots", card.hotspots())));
            }
            if (card.steps() > 0) {
                facts.add(chip(getTranslation("figures.gallery.steps", card.steps())));
            }
            ListItem item = new ListItem(thumb, new H2(title), alt, facts);
            item.addClassName("figure-card");
            item.setId("figure-card-" + card.link().id());
            grid.add(item);
        }
        add(new H1(getTranslation("base.menu.route.figures")), lead, grid);
    }

    private static Span chip(String text) {
        Span chip = new Span(text);
        chip.addClassName("chip");
        return chip;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.gallery.title");
    }
}
