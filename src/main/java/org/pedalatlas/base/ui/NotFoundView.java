package org.pedalatlas.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for an address that leads nowhere, with ways back into the atlas. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("prose");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        event.getUI().getPage().setTitle(getTranslation("base.not-found.title"));
        add(new H1(getTranslation("base.not-found.heading")),
                new Paragraph(getTranslation("base.not-found.text", event.getLocation().getPath())),
                new Paragraph(new Anchor("", getTranslation("base.not-found.map")),
                        new com.vaadin.flow.component.Text(" " + getTranslation("base.not-found.menu"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
