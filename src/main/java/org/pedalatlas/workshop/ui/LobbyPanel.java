package org.pedalatlas.workshop.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.pedalatlas.workshop.QrCode;
import org.pedalatlas.workshop.WorkshopRecords.Person;
import org.pedalatlas.workshop.WorkshopRecords.PresenterView;

/** The projector's lobby: how to join (address, code, short URL, QR code) and who has joined, each removable. */
final class LobbyPanel extends Div {

    LobbyPanel(PresenterView v, String baseUrl, Consumer<Person> remove) {
        String shortUrl = baseUrl + "j/" + v.info().code();
        Div code = new Div(new Span("Join at " + baseUrl.replaceFirst("^https?://", "") + "join with code"));
        code.addClassName("join-hint");
        H1 digits = new H1(v.info().code().substring(0, 3) + " " + v.info().code().substring(3));
        digits.setId("join-code-display");
        digits.addClassName("join-code");
        Div qr = new Div(new Html("<div class='qr'>" + QrCode.svg(shortUrl, "QR code to join: " + shortUrl) + "</div>"));
        Paragraph link = new Paragraph(shortUrl);
        link.setId("short-url");
        link.addClassName("short-url");
        Paragraph count = new Paragraph(v.participants().size() + (v.participants().size() == 1 ? " participant" : " participants"));
        count.setId("participant-count");
        count.addClassName("participant-count");
        Div names = new Div();
        names.addClassName("nicknames");
        names.setId("nicknames");
        for (Person p : v.participants()) {
            Button button = new Button("×", e -> remove.accept(p));
            button.setAriaLabel("Remove " + p.nickname());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            Span chip = new Span(new Span(p.nickname()), button);
            chip.addClassName("nick");
            names.add(chip);
        }
        Div left = new Div(new H2(v.info().title()), code, digits, link, count, DoorControls.of(v.info().id()));
        left.addClassName("lobby-text");
        // The nicknames scroll in their own box, so a full hall never pushes the code and the QR code off the screen.
        Div lobby = new Div(left, qr, names);
        lobby.addClassName("lobby");
        addClassName("lobby-panel");
        add(lobby);
    }
}
