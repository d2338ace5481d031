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
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign in with a username and password. Failure says only that the pair was wrong (no username enumeration); after
 * repeated failures the page says how long to wait (the same for an account that exists and one that does not).
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Where Spring Security's {@code HttpSessionRequestCache} keeps the page to go back to after signing in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Paragraph created = new Paragraph(getTranslation("security.login.created"));
    private final Paragraph resume = new Paragraph(getTranslation("security.login.resume"));

    public LoginView() {
        addClassName("account-page");
        i18n.getForm().setTitle(getTranslation("security.sign-in"));
        i18n.getForm().setUsername(getTranslation("security.username"));
        i18n.getForm().setPassword(getTranslation("security.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.wrong"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.wrong-hint"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        created.addClassName("notice");
        created.setVisible(false);
        resume.setId("sign-in-to-resume");
        resume.addClassName("notice");
        resume.setVisible(false);
        add(new H1(getTranslation("security.sign-in")), created, resume, form,
                new Paragraph(new Anchor("signup", getTranslation("security.sign-up.heading")),
                        new com.vaadin.flow.component.Text(" " + getTranslation("security.login.why-account"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> wait = event.getLocation().getQueryParameters().getSingleParameter("wait")
                .filter(w -> w.matches("[0-9]{1,7}")).map(Long::valueOf);
        if (wait.isPresent()) {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.throttled"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.throttled-hint", waitText(wait.get())));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.wrong"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.wrong-hint"));
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

    /** "45 seconds", "3 minuti", "2 minutos": ICU's measure words, in the page's language. */
    private String waitText(long seconds) {
        MeasureFormat words = MeasureFormat.getInstance(ULocale.forLocale(getLocale()), MeasureFormat.FormatWidth.WIDE);
        if (seconds < 90) {
            return words.format(new Measure(seconds, MeasureUnit.SECOND));
        }
        return words.format(new Measure((seconds + 59) / 60, MeasureUnit.MINUTE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title");
    }
}
