package org.pedalatlas.workshop.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;


/**
 * The frame of the live session's own screens - the projector, the join page and the phones: nothing but the
 * session and one linked line of the disclaimer. The atlas's side navigation and top bar would take a third of a
 * phone and distract a hall; a participant who wants the atlas follows the line to it.
 */
@AnonymousAllowed
@StyleSheet("styles/hall.css")
public class HallLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final Main main = new Main();
    private final Footer footer = new Footer();
    private final Span line = new Span();
    private final Anchor about = new Anchor("about", "");

    public HallLayout() {
        addClassName("hall");
        main.addClassName("hall-main");
        footer.addClassName("hall-disclaimer");
        footer.add(line, about);
        label();
        add(main, footer);
    }

    /** A phone's language can change under it (the presenter fixes one): the footer follows. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        label();
    }

    private void label() {
        about.setText(getTranslation("workshop.hall.about"));
        line.setText(getTranslation("workshop.hall.disclaimer") + " ");
        footer.getElement().setAttribute("aria-label", getTranslation("base.disclaimer.label"));
        footer.getElement().setAttribute("title", getTranslation("base.disclaimer"));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }
}
