package org.pedalatlas.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in with a username and password. Failure says only that the pair was wrong (no username enumeration). */
@Route("login")
@PageTitle("Sign in · Pedal Access Atlas")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph created = new Paragraph("Your account is ready. Sign in with your new password; "
            + "the attempts you made as a guest are now yours.");

    public LoginView() {
        addClassName("account-page");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check both and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        created.addClassName("notice");
        created.setVisible(false);
        add(new H1("Sign in"), created, form,
                new Paragraph(new Anchor("signup", "Create an account"),
                        new com.vaadin.flow.component.Text(" to keep your progress across devices — or just start a quiz as a guest.")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        created.setVisible(params.containsKey("created"));
    }
}
