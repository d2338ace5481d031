package org.pedalatlas.workshop.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.Words;
import org.pedalatlas.base.ui.LanguageChoice;
import org.pedalatlas.base.ui.Languages;
import org.pedalatlas.bank.Response;
import org.pedalatlas.workshop.LiveFeed;
import org.pedalatlas.workshop.ParticipantService;
import org.pedalatlas.workshop.Phase;
import org.pedalatlas.workshop.SessionRules;
import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.WorkshopRecords.PlayerView;
import org.pedalatlas.workshop.WorkshopRecords.Refused;

/**
 * A participant's phone. The participant's token lives in the browser (localStorage), so a reload, a dropped
 * connection or a locked phone brings them back as the same person with the same score. The screen itself is one
 * element drawn in the browser ({@link PhonePlay}), fed the session's shared question card and this phone's state.
 */
@Route(value = "play/:code", layout = HallLayout.class)
@AnonymousAllowed
public class PlayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantService workshops;
    private final LiveFeed feed;
    private final PhoneCards cards;
    private final LiveUpdates updates = new LiveUpdates();
    private final PhonePlay phone = new PhonePlay();
    private final Clock clock = Clock.systemUTC();
    private String code;
    private long participantId;
    private String token;
    /** The card on screen while its question is open, to read the phone's answer against. */
    private PhoneCard card;
    private int attempts;
    /** The language this phone chose (on the join page, kept in its cookie), shown unless the presenter fixes one. */
    private Locale own;

    PlayView(ParticipantService workshops, LiveFeed feed, PhoneCards cards) {
        this.workshops = workshops;
        this.feed = feed;
        this.cards = cards;
        addClassName("play-page");
        add(phone);
        phone.onAnswer(this::answer);
        LiveUpdates.onDetach(this, updates);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").filter(SessionRules::isCode).orElse("");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        own = event.getUI().getLocale();
        getElement().executeJs("return localStorage.getItem($0)", JoinView.TOKEN_KEY + code).then(String.class, stored -> {
            Optional<String[]> parts = Optional.ofNullable(stored).map(s -> s.split(":", 2)).filter(p -> p.length == 2);
            var joined = parts.flatMap(p -> workshops.rejoin(code, p[1]));
            if (joined.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate("join/" + code));
                return;
            }
            participantId = joined.get().participantId();
            token = joined.get().token();
            updates.attach(event, feed, workshops.sessionIdOf(participantId), this::onChange);
            render(workshops.player(participantId, token, own), null);
        }, error -> getUI().ifPresent(ui -> ui.navigate("join/" + code)));
    }

    private void onChange(Change change) {
        if (change == Change.PHASE) {
            render(workshops.player(participantId, token, own), null);
        }
    }

    private void render(PlayerView v, PhoneState.Refusal refusal) {
        Locale wanted = Languages.of(v.fixedLanguage() == null ? own : Locale.forLanguageTag(v.fixedLanguage()));
        if (!wanted.equals(getLocale())) {
            getUI().ifPresent(ui -> LanguageChoice.show(ui, wanted));
        }
        boolean answering = !v.removed() && (v.phase() == Phase.QUESTION || v.phase() == Phase.PAUSED)
                && v.open() && !v.answered();
        PhoneCard shown = card;
        card = answering ? cards.of(code, v.question(), v.translation(), wanted) : null;
        // While a question is open nothing else on the phone changes: a push that leaves the same card (the cards
        // are shared, one per question and language) leaves the form and its choices alone.
        if (refusal == null && card != null && card == shown) {
            return;
        }
        if (card == null) {
            attempts = 0;
        } else if (card.script() != null) {
            phone.load(card.script());
        }
        phone.card(card == null ? "" : card.json());
        phone.state(PhoneState.of(v, (key, args) -> Words.in(wanted, key, args), card, refusal,
                wanted.toLanguageTag(), clock.instant()));
    }

    private void answer(String message) {
        PhoneCard shown = card;
        if (shown == null) {
            render(workshops.player(participantId, token, own), null);
            return;
        }
        Optional<Response> response = shown.response(message);
        if (response.isEmpty()) {
            render(workshops.player(participantId, token, own),
                    new PhoneState.Refusal(getTranslation("workshop.play.unreadable"), false, ++attempts));
            return;
        }
        try {
            workshops.answer(participantId, token, shown.position(), response.get());
            render(workshops.player(participantId, token, own), null);
        } catch (Refused refused) {
            render(workshops.player(participantId, token, own),
                    new PhoneState.Refusal(refused.getMessage(), refused.refusal().closesQuestion(), ++attempts));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.play.title");
    }
}
