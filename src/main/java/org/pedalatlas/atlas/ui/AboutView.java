package org.pedalatlas.atlas.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.content.SourceInfo;

/** What the atlas is, its one source with the full citation, and what the atlas adds and does not. */
@AnonymousAllowed
@Route("about")
@Menu(title = "About & source", order = 100)
public class AboutView extends Div implements HasDynamicTitle {

    public AboutView(AtlasService atlas) {
        addClassName("about-page");
        SourceInfo source = atlas.source();
        Div citation = new Div(new H2(getTranslation("atlas.about.source")), new Paragraph(source.description()),
                new Paragraph(source.journal() + ". "), new Paragraph(new Anchor(source.doiUrl(), "doi:" + source.doi())));
        citation.addClassName("citation");
        citation.setId("citation");
        Paragraph version = new Paragraph(getTranslation("atlas.about.version", atlas.contentVersion()));
        version.addClassName("muted");
        add(new H1(getTranslation("atlas.about.heading")), citation,
                new Html("<div class=\"prose\">" + atlas.aboutHtml() + "</div>"), version);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("atlas.about.title");
    }
}
