package org.pedalatlas.workshop.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

/**
 * The projector's lobby: how to join (address, code, short URL, QR code) and who has joined, each removable. Joins
 * are shown by {@link #update}, which adds and takes away only the nicknames that changed: a hall of hundreds
 * joining re-rendered every chip, the QR code and the door four times a second.
 */
final class LobbyPanel extends Div {

    private final Consumer<Person> remove;
    private final Paragraph count = new Paragraph();
    private final Div names = new Div();
    private final Map<Long, Span> chips = new LinkedHashMap<>();
    private final long sessionId;

    LobbyPanel(PresenterView v, String baseUrl, Consumer<Person> remove) {
        this.remove = remove;
        this.sessionId = v.info().id();
        String shortUrl = baseUrl + "j/" + v.info().code();
        Div code = new Div(new Span(getTranslation("workshop.lobby.join-at", baseUrl.replaceFirst("^https?://", ""))));
        code.addClassName("join-hint");
        H1 digits = new H1(v.info().code().substring(0, 3) + " " + v.info().code().substring(3));
        digits.setId("join-code-display");
        digits.addClassName("join-code");
        Div qr = new Div(new Html("<div class='qr'>" + QrCode.svg(shortUrl, getTranslation("workshop.lobby.qr", shortUrl)) + "</div>"));
        Paragraph link = new Paragraph(shortUrl);
        link.setId("short-url");
        link.addClassName("short-url");
        count.setId("participant-count");
        count.addClassName("participant-count");
        names.addClassName("nicknames");
        names.setId("nicknames");
        Div left = new Div(new H2(v.info().title()), code, digits, link, count, DoorControls.of(sessionId));
        left.addClassName("lobby-text");
        // The nicknames scroll in their own box, so a full hall never pushes the code and the QR code off the screen.
        Div lobby = new Div(left, qr, names);
        lobby.addClassName("lobby");
        addClassName("lobby-panel");
        add(lobby);
        update(v);
    }

    /** Shows who is in now: new nicknames are added, removed ones taken away, the rest left as they are. */
    void update(PresenterView v) {
        int n = v.participants().size();
        count.setText(getTranslation("workshop.lobby.count", n));
        Set<Long> present = new HashSet<>();
        for (Person p : v.participants()) {
            present.add(p.id());
            chips.computeIfAbsent(p.id(), id -> {
                Span chip = chip(p);
                names.add(chip);
                return chip;
            });
        }
        chips.entrySet().removeIf(e -> {
            boolean gone = !present.contains(e.getKey());
            if (gone) {
                names.remove(e.getValue());
            }
            return gone;
        });
        DoorControls.refreshShown(sessionId);
    }

    private Span chip(Person p) {
        Button button = new Button("×", e -> remove.accept(p));
        button.setAriaLabel(getTranslation("workshop.lobby.remove", p.nickname()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        Span chip = new Span(new Span(p.nickname()), button);
        chip.addClassName("nick");
        return chip;
    }
}
