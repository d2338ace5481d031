package org.pedalatlas.atlas.ui;

import org.pedalatlas.base.Words;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.pedalatlas.base.ui.Breadcrumb;
import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.PageLink;
import org.pedalatlas.atlas.PageView;
import org.pedalatlas.base.ui.TranslationNotice;
import org.pedalatlas.base.ui.PageFigure;
import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureService;

/** One atlas page — zone, vessel card, technique or topic — at {@code /atlas/<id>}. */
@AnonymousAllowed
@Route("atlas")
public class AtlasPageView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final AtlasService atlas;
    private final FigureService figures;
    private final PageFigure pageFigure;
    private String title = "Atlas";

    public AtlasPageView(AtlasService atlas, FigureService figures, PageFigure pageFigure) {
        this.atlas = atlas;
        this.figures = figures;
        this.pageFigure = pageFigure;
        addClassName("atlas-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        PageView page = atlas.page(id, getLocale()).orElseThrow(NotFoundException::new);
        title = getTranslation("base.title", page.title());
        removeAll();
        add(breadcrumb(page), header(page), new TranslationNotice(atlas.pageNote(id, getLocale())));
        if (!page.card().isEmpty()) {
            add(card(page));
        }
        // The figure that teaches the page, in place with its viewer; any further figures as linked thumbnails.
        pageFigure.teaching(page.id()).ifPresent(this::add);
        Div body = new Div(new Html("<div class=\"prose\">" + page.bodyHtml() + "</div>"));
        body.addClassName("page-body");
        add(body);
        java.util.List<FigureCard> pageFigures = figures.figuresFor(page.id());
        if (pageFigures.size() > 1) {
            add(figures(pageFigures.subList(1, pageFigures.size()), Words.get("atlas.page.more-figures")));
        }
        if (!page.related().isEmpty()) {
            add(related(page));
        }
        add(pathNav(page));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Breadcrumb breadcrumb(PageView page) {
        List<Breadcrumb.Crumb> crumbs = new ArrayList<>(List.of(new Breadcrumb.Crumb(Words.get("base.menu.route.home"), "")));
        page.breadcrumb().forEach(link -> crumbs.add(new Breadcrumb.Crumb(link.title(), link.href())));
        return new Breadcrumb(crumbs);
    }

    private static Div header(PageView page) {
        Div chips = new Div();
        chips.addClassName("chips");
        Span kind = new Span(page.kind().label());
        kind.addClassNames("chip", "chip-kind");
        chips.add(kind);
        page.zones().forEach(z -> {
            Span zone = new Span(Words.get("atlas.page.zone", z));
            zone.addClassNames("chip", "chip-zone-" + z);
            chips.add(zone);
        });
        Paragraph lead = new Paragraph(page.summary());
        lead.addClassName("lead");
        Div header = new Div(chips, new H1(page.title()), lead);
        header.addClassName("page-header");
        return header;
    }

    private static Aside card(PageView page) {
        DescriptionList list = new DescriptionList();
        for (PageView.CardLine line : page.card()) {
            list.add(new DescriptionList.Term(line.label()),
                    new DescriptionList.Description(new Html("<span>" + line.html() + "</span>")));
        }
        H2 heading = new H2(Words.get("atlas.page.card"));
        Aside aside = new Aside(heading, list);
        aside.addClassName("vessel-card");
        aside.getElement().setAttribute("aria-label", Words.get("atlas.page.card-of", page.title()));
        return aside;
    }

    /** The figures that illustrate a page, as linked thumbnails; the zone map shows its own the same way. */
    static Section figures(java.util.List<FigureCard> cards) {
        return figures(cards, Words.get("base.menu.route.figures"));
    }

    static Section figures(java.util.List<FigureCard> cards, String heading) {
        UnorderedList list = new UnorderedList();
        for (FigureCard card : cards) {
            Image thumb = new Image(card.thumbnailUri(), "");
            Anchor link = new Anchor(card.link().href());
            link.add(thumb, new Span(card.link().title()));
            list.add(new ListItem(link));
        }
        Section section = new Section(new H2(heading), list);
        section.addClassName("page-figures");
        section.setId("page-figures");
        return section;
    }

    private static Aside related(PageView page) {
        UnorderedList list = new UnorderedList();
        for (PageLink link : page.related()) {
            Span kind = new Span(link.kind().label());
            kind.addClassName("related-kind");
            list.add(new ListItem(new Anchor(link.href(), link.title()), kind));
        }
        Aside aside = new Aside(new H2(Words.get("atlas.page.related")), list);
        aside.addClassName("related");
        return aside;
    }

    private static Nav pathNav(PageView page) {
        Nav nav = new Nav();
        nav.addClassName("path-nav");
        nav.getElement().setAttribute("aria-label", Words.get("base.menu.route.path"));
        if (page.previous() != null) {
            Anchor prev = new Anchor(page.previous().href(), "← " + page.previous().title());
            prev.addClassName("prev");
            prev.getElement().setAttribute("rel", "prev");
            nav.add(prev);
        }
        if (page.next() != null) {
            Anchor next = new Anchor(page.next().href(), page.next().title() + " →");
            next.addClassName("next");
            next.getElement().setAttribute("rel", "next");
            nav.add(next);
        }
        return nav;
    }
}
