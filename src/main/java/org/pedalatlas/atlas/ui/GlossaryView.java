package org.pedalatlas.atlas.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.pedalatlas.base.HtmlText;
import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.GlossaryEntry;
import org.pedalatlas.base.ui.TranslationNotice;

/** Every abbreviation and term of the atlas, alphabetically, each with its source marker; anchors per term. */
@AnonymousAllowed
@Route("glossary")
@Menu(title = "Glossary", order = 40)
public class GlossaryView extends Div implements HasDynamicTitle {

    public GlossaryView(AtlasService atlas) {
        addClassName("glossary-page");
        DescriptionList list = new DescriptionList();
        list.addClassName("glossary");
        for (GlossaryEntry entry : atlas.glossary(getLocale())) {
            DescriptionList.Term term = new DescriptionList.Term(new Span(entry.term()));
            term.setId(entry.slug());
            if (!entry.expansion().isBlank()) {
                Span expansion = new Span(entry.expansion());
                expansion.addClassName("expansion");
                term.add(expansion);
            }
            list.add(term, new DescriptionList.Description(
                    new Html("<span>" + HtmlText.escape(entry.definition()) + " " + entry.sourceHtml() + "</span>")));
        }
        add(new H1(getTranslation("base.menu.route.glossary")), new Paragraph(getTranslation("atlas.glossary.intro")),
                new TranslationNotice(atlas.glossaryNote(getLocale())), list);
    }



    @Override
    public String getPageTitle() {
        return getTranslation("atlas.glossary.title");
    }
}
