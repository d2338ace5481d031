package org.pedalatlas.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletResponse;

/** Shown when opening a page fails: a short message and a reference for the log, never a stack trace. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("prose");
        setId("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening /{}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("base.error.heading")),
                new Paragraph(getTranslation("base.error.text", reference)),
                new Paragraph(new Anchor("", getTranslation("base.error.back"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
