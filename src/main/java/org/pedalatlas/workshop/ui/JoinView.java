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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.workshop.SessionRules;
import org.pedalatlas.workshop.WorkshopRecords.Joined;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.ParticipantService;

/** A participant joins with the six-digit code (typed, or from the QR code's link) and a nickname. No account. */
@Route(value = "join/:code?", layout = HallLayout.class)
@RouteAlias(value = "j/:code?", layout = HallLayout.class)
@PageTitle("Join a workshop · Pedal Access Atlas")
@AnonymousAllowed
public class JoinView extends Div implements BeforeEnterObserver {

    static final String TOKEN_KEY = "atlas.workshop.";

    private final TextField code = new TextField("Session code");
    private final TextField nickname = new TextField("Your nickname");
    private final Paragraph refusal = new Paragraph();

    public JoinView(ParticipantService workshops) {
        addClassName("join-page");
        code.setId("join-code");
        code.setMaxLength(6);
        code.setPattern("\\d{6}");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setAllowedCharPattern("\\d");
        code.setHelperText("The six digits on the screen");
        nickname.setId("join-nickname");
        nickname.setMaxLength(SessionRules.NICKNAME_MAX_CHARS);
        nickname.setHelperText("2 to " + SessionRules.NICKNAME_MAX + " characters, shown on the leaderboard");
        refusal.setId("join-refusal");
        refusal.addClassName("join-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button join = new Button("Join", e -> {
            code.setInvalid(false);
            nickname.setInvalid(false);
            refusal.setVisible(false);
            var problem = SessionRules.nicknameProblem(nickname.getValue());
            if (!SessionRules.isCode(code.getValue())) {
                code.setErrorMessage("Type the six digits shown on the screen.");
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
        add(new H1("Join the workshop"), new Paragraph("No account needed. " + SessionRules.ANSWER_RULE), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").filter(SessionRules::isCode).ifPresent(c -> {
            code.setValue(c);
            nickname.focus();
        });
    }
}
