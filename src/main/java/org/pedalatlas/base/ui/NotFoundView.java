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
        event.getUI().getPage().setTitle("Page not found · Pedal Access Atlas");
        add(new H1("This page is not in the atlas"),
                new Paragraph("There is nothing at “/" + event.getLocation().getPath() + "”. The link may be old, "
                        + "or the address mistyped."),
                new Paragraph(new Anchor("", "Go to the zone map"), new com.vaadin.flow.component.Text(" or use the "
                        + "menu to pick a section.")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
