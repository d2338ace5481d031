package org.pedalatlas.security.ui;

import java.util.Optional;

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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign in with a username and password. Failure says only that the pair was wrong (no username enumeration); after
 * repeated failures the page says how long to wait (the same for an account that exists and one that does not).
 */
@Route("login")
@PageTitle("Sign in · Pedal Access Atlas")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    /** Where Spring Security's {@code HttpSessionRequestCache} keeps the page to go back to after signing in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Paragraph created = new Paragraph("Your account is ready. Sign in with your new password; "
            + "the attempts you made as a guest are now yours.");
    private final Paragraph resume = new Paragraph("Sign in to go on to the page you opened. If you were signed in "
            + "a moment ago, your sign-in ended: the server restarted or the session timed out.");

    public LoginView() {
        addClassName("account-page");
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check both and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        created.addClassName("notice");
        created.setVisible(false);
        resume.setId("sign-in-to-resume");
        resume.addClassName("notice");
        resume.setVisible(false);
        add(new H1("Sign in"), created, resume, form,
                new Paragraph(new Anchor("signup", "Create an account"),
                        new com.vaadin.flow.component.Text(" to keep your progress across devices — or just start a quiz as a guest.")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> wait = event.getLocation().getQueryParameters().getSingleParameter("wait")
                .filter(w -> w.matches("[0-9]{1,7}")).map(Long::valueOf);
        if (wait.isPresent()) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("To protect the account, sign-in is paused. Try again in "
                    + waitText(wait.get()) + ".");
        } else {
            i18n.getErrorMessage().setTitle("Incorrect username or password");
            i18n.getErrorMessage().setMessage("Check both and try again.");
        }
        form.setI18n(i18n);
        form.setError(params.containsKey("error") || wait.isPresent());
        created.setVisible(params.containsKey("created"));
        resume.setVisible(!params.containsKey("created") && returnsToAPage());
    }

    /**
     * Whether signing in leads back to a page the visitor opened (Spring Security saved it when it sent them here),
     * e.g. a presenter screen reloaded after a server restart: they should know why they are asked to sign in.
     */
    private static boolean returnsToAPage() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        // Vaadin's route access control keeps its own copy when it sends a visitor here from a view.
        return session.getSession().getAttribute(SAVED_REQUEST) != null
                || session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT) != null;
    }

    private static String waitText(long seconds) {
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
