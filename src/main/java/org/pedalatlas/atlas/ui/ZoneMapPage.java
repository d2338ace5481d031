package org.pedalatlas.atlas.ui;

import org.pedalatlas.base.Words;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.PageLink;
import org.pedalatlas.atlas.ZoneMapView;
import org.pedalatlas.atlas.ZoneSummary;
import org.pedalatlas.base.ui.TranslationNotice;
import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureService;

/** The atlas's front door: the three puncture zones, their boundary lines and their arteries. */
@AnonymousAllowed
@Route("")
@RouteAlias("atlas")
@Menu(title = "Zone map", order = 0)
public class ZoneMapPage extends Div implements HasDynamicTitle {

    public ZoneMapPage(AtlasService atlas, FigureService figures) {
        addClassName("zone-map-page");
        ZoneMapView map = atlas.zoneMap(getLocale());
        H1 title = new H1(getTranslation("atlas.map.heading"));
        Div intro = new Div(new Html("<div class=\"lead\">" + map.introHtml() + "</div>"));
        add(title, new TranslationNotice(atlas.zoneMapNote(getLocale())), intro, zones(map), lines(map));
        java.util.List<FigureCard> zoneFigures = figures.figuresFor("overview");
        if (!zoneFigures.isEmpty()) {
            add(AtlasPageView.figures(zoneFigures));
        }
    }

    private static Section zones(ZoneMapView map) {
        Div grid = new Div();
        grid.addClassName("zone-grid");
        for (ZoneSummary zone : map.zones()) {
            Div card = new Div();
            card.addClassNames("zone-card", "zone-" + zone.number());
            card.setId("zone-card-" + zone.number());
            H2 heading = new H2(new Anchor(zone.page().href(), zone.page().title()));
            Paragraph summary = new Paragraph(zone.page().summary());
            UnorderedList members = new UnorderedList();
            members.addClassName("members");
            members.getElement().setAttribute("aria-label", Words.get("atlas.map.arteries-in", zone.page().title()));
            for (PageLink member : zone.members()) {
                members.add(new ListItem(new Anchor(member.href(), member.title())));
            }
            card.add(heading, summary, new Span(Words.get("atlas.map.arteries")), members);
            card.getChildren().filter(c -> c instanceof Span).forEach(c -> ((Span) c).addClassName("label"));
            grid.add(card);
        }
        Section section = new Section(grid);
        section.getElement().setAttribute("aria-label", Words.get("atlas.map.zones"));
        return section;
    }

    private static Section lines(ZoneMapView map) {
        H2 heading = new H2(Words.get("atlas.map.lines"));
        UnorderedList list = new UnorderedList();
        list.addClassName("boundary-lines");
        for (ZoneMapView.BoundaryLine line : map.lines()) {
            Span swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", line.colour());
            swatch.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(swatch, new Span(line.name() + ": " + line.landmark() + " "),
                    new Html("<span>" + line.sourceHtml() + "</span>"));
            list.add(item);
        }
        Section section = new Section(heading, list);
        section.addClassName("lines");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("atlas.map.title");
    }
}
