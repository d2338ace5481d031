package org.pedalatlas.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.pedalatlas.base.ui.TopBarTool;
import org.pedalatlas.security.LearnerService;

/** Top-bar account corner: "Sign in" for visitors, the username and "Sign out" for learners. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(20)
class AccountTool implements TopBarTool {

    private final LearnerService learners;

    AccountTool(LearnerService learners) {
        this.learners = learners;
    }

    @Override
    public Component create() {
        Div corner = new Div();
        corner.addClassName("account-corner");
        if (learners.signedIn()) {
            Span name = new Span(learners.current().map(l -> l.displayName()).orElse(""));
            name.addClassName("account-name");
            Button out = new Button(corner.getTranslation("security.sign-out"), e -> learners.signOut());
            out.setId("sign-out");
            out.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            corner.add(name, out);
        } else {
            Anchor in = new Anchor("login", corner.getTranslation("security.sign-in"));
            in.setId("sign-in");
            corner.add(in);
        }
        return corner;
    }
}
