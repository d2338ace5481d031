package org.pedalatlas.security.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.security.LearnerService;
import org.pedalatlas.security.SignUpException;
import org.pedalatlas.security.SignUpRules;
import org.springframework.security.web.csrf.CsrfToken;

/** Create an account; a guest's attempts come along. Each refused value is explained next to its field. */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends Div implements HasDynamicTitle {

    private final TextField username = new TextField(getTranslation("security.username"));
    private final PasswordField password = new PasswordField(getTranslation("security.password"));
    private final PasswordField repeat = new PasswordField(getTranslation("security.sign-up.repeat"));

    public SignUpView(LearnerService learners) {
        addClassName("account-page");
        username.setId("signup-username");
        password.setId("signup-password");
        repeat.setId("signup-repeat");
        username.setHelperText(getTranslation("security.sign-up.username-help"));
        password.setHelperText(getTranslation("security.sign-up.password-help", SignUpRules.MIN_PASSWORD));
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button create = new Button(getTranslation("security.sign-up.create"), e -> {
            clearErrors();
            try {
                String name = username.getValue().strip();
                learners.signUp(name, password.getValue(), repeat.getValue(), getLocale());
                signIn(name, password.getValue());
            } catch (SignUpException ex) {
                show(ex.errors());
            }
        });
        create.setId("signup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div form = new Div(username, password, repeat, create);
        form.addClassName("account-form");
        add(new H1(getTranslation("security.sign-up.heading")), new Paragraph(getTranslation("security.sign-up.intro")), form);
    }

    /**
     * Signs the new learner in through the same form post as the sign-in page (Spring Security's one way in, with
     * its session-fixation protection, throttling and guest merge), so that they arrive signed in, at their progress
     * page, instead of being asked for the password they have just chosen. The post carries this session's CSRF
     * token, as the sign-in form's does: the login endpoint refuses posts without one.
     */
    private void signIn(String name, String secret) {
        CsrfToken token = VaadinServletRequest.getCurrent() == null ? null
                : (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
        getElement().executeJs("const f = document.createElement('form');"
                + "f.method = 'post'; f.action = 'login'; f.style.display = 'none';"
                + "for (const [k, v] of [['username', $0], ['password', $1], [$2, $3]]) {"
                + "  if (!k) continue;"
                + "  const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.append(i); }"
                + "document.body.append(f); f.submit();", name, secret,
                token == null ? "" : token.getParameterName(), token == null ? "" : token.getToken());
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.HasValidation[] {username, password, repeat}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void show(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            var target = switch (field) {
                case "username" -> username;
                case "password" -> password;
                default -> repeat;
            };
            ((com.vaadin.flow.component.HasValidation) target).setErrorMessage(message);
            ((com.vaadin.flow.component.HasValidation) target).setInvalid(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.sign-up.title");
    }
}
