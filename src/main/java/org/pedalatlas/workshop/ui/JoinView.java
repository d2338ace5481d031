package org.pedalatlas.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.ui.LanguageChoice;
import org.pedalatlas.base.ui.LanguageSelect;
import org.pedalatlas.workshop.SessionRules;
import org.pedalatlas.workshop.WorkshopRecords.Joined;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.ParticipantService;

/**
 * A participant joins with the six-digit code (typed, or from the QR code's link) and a nickname, no account, and
 * picks the language their phone shows (the browser's, or the one this phone chose before). Changing it re-labels
 * the form in place, keeping what was typed.
 */
@Route(value = "join/:code?", layout = HallLayout.class)
@RouteAlias(value = "j/:code?", layout = HallLayout.class)
@AnonymousAllowed
public class JoinView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String TOKEN_KEY = "atlas.workshop.";

    private final TextField code = new TextField();
    private final TextField nickname = new TextField();
    private final Paragraph refusal = new Paragraph();
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Button join = new Button();
    private final LanguageSelect language;

    public JoinView(ParticipantService workshops) {
        addClassName("join-page");
        code.setId("join-code");
        code.setMaxLength(6);
        code.setPattern("\\d{6}");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setAllowedCharPattern("\\d");
        nickname.setId("join-nickname");
        nickname.setMaxLength(SessionRules.NICKNAME_MAX_CHARS);
        // The Join button alone decides what is wrong: with the fields' own validation, a blur's late "validated"
        // round trip could clear the refusal the click had just shown (seen as a flaky journey under load).
        code.setManualValidation(true);
        nickname.setManualValidation(true);
        refusal.setId("join-refusal");
        refusal.addClassName("join-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        language = new LanguageSelect(getLocale(), chosen -> getUI().ifPresent(ui -> LanguageChoice.remember(ui, chosen)));
        language.setId("join-language");
        language.addClassName("join-language");
        join.addClickListener(e -> {
            code.setInvalid(false);
            nickname.setInvalid(false);
            refusal.setVisible(false);
            var problem = SessionRules.nicknameProblem(nickname.getValue());
            if (!SessionRules.isCode(code.getValue())) {
                code.setErrorMessage(getTranslation("workshop.join.code-error"));
                code.setInvalid(true);
                return;
            }
            if (problem.isPresent()) {
                nickname.setErrorMessage(problem.get().message());
                nickname.setInvalid(true);
                return;
            }
            try {
                // Wrong codes are counted per browser (its session) and, with a far higher ceiling, per address.
                VaadinRequest request = VaadinRequest.getCurrent();
                String address = request == null ? "?" : request.getRemoteAddr();
                String browser = request == null || request.getWrappedSession(false) == null ? address
                        : "session:" + request.getWrappedSession(false).getId();
                Joined joined = workshops.join(code.getValue(), nickname.getValue(), browser, address);
                getElement().executeJs("localStorage.setItem($0, $1)", TOKEN_KEY + joined.code(), joined.participantId()
                        + ":" + joined.token()).then(ok -> getUI().ifPresent(ui -> ui.navigate("play/" + joined.code())));
            } catch (Refused refused) {
                // Where the message goes is decided by the kind of refusal: a field, or the session itself.
                TextField target = refused.refusal().aboutNickname() ? nickname
                        : refused.refusal().aboutCode() ? code : null;
                if (target == null) {
                    refusal.setText(refused.getMessage());
                    refusal.setVisible(true);
                } else {
                    target.setErrorMessage(refused.getMessage());
                    target.setInvalid(true);
                }
            }
        });
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        join.addClickShortcut(Key.ENTER);
        Div form = new Div(code, nickname, refusal, join);
        form.addClassName("join-form");
        add(heading, intro, language, form);
        label();
    }

    private void label() {
        code.setLabel(getTranslation("workshop.join.code"));
        code.setHelperText(getTranslation("workshop.join.code-help"));
        nickname.setLabel(getTranslation("workshop.join.nickname"));
        nickname.setHelperText(getTranslation("workshop.join.nickname-help", SessionRules.NICKNAME_MAX));
        language.setLabel(getTranslation("base.language"));
        join.setText(getTranslation("workshop.join.join"));
        heading.setText(getTranslation("workshop.join.heading"));
        intro.setText(getTranslation("workshop.join.intro"));
        // Messages already shown were in the old language; the next try says them again in the new one.
        code.setInvalid(false);
        nickname.setInvalid(false);
        refusal.setVisible(false);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        label();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.join.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").filter(SessionRules::isCode).ifPresent(c -> {
            code.setValue(c);
            nickname.focus();
        });
    }
}
