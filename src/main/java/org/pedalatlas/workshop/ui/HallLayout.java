package org.pedalatlas.workshop.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;


/**
 * The frame of the live session's own screens - the projector, the join page and the phones: nothing but the
 * session and one linked line of the disclaimer. The atlas's side navigation and top bar would take a third of a
 * phone and distract a hall; a participant who wants the atlas follows the line to it.
 */
@AnonymousAllowed
@StyleSheet("styles/hall.css")
public class HallLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public HallLayout() {
        addClassName("hall");
        main.addClassName("hall-main");
        Anchor about = new Anchor("about", getTranslation("workshop.hall.about"));
        Footer footer = new Footer(new Span(getTranslation("workshop.hall.disclaimer") + " "), about);
        footer.addClassName("hall-disclaimer");
        footer.getElement().setAttribute("aria-label", getTranslation("base.disclaimer.label"));
        footer.getElement().setAttribute("title", getTranslation("base.disclaimer"));
        add(main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }
}
