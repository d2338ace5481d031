package org.pedalatlas.atlas.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.pedalatlas.atlas.AtlasService;
import org.pedalatlas.atlas.PageLink;

/** Every atlas page in learning-path order: zone 1 first, bailouts last. Each page links to its neighbours. */
@AnonymousAllowed
@Route("path")
@Menu(title = "Learning path", order = 10)
public class LearningPathView extends Div implements HasDynamicTitle {

    public LearningPathView(AtlasService atlas) {
        addClassName("path-page");
        OrderedList list = new OrderedList();
        list.addClassName("learning-path");
        for (PageLink link : atlas.learningPath()) {
            Span kind = new Span(link.kind().label());
            kind.addClassName("chip");
            Span summary = new Span(link.summary());
            summary.addClassName("muted");
            list.add(new ListItem(new Anchor(link.href(), link.title()), kind, summary));
        }
        add(new H1(getTranslation("base.menu.route.path")), new Paragraph(getTranslation("atlas.path.intro")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("atlas.path.title");
    }
}
