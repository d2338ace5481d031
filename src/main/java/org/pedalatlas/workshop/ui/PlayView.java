package org.pedalatlas.workshop.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.ui.TranslationNotice;
import org.pedalatlas.base.ui.LanguageChoice;
import org.pedalatlas.base.ui.Languages;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ui.AnswerInput;
import org.pedalatlas.bank.ui.AnswerInputs;
import org.pedalatlas.bank.ui.HotspotInputFactory;
import org.pedalatlas.workshop.Phase;
import org.pedalatlas.workshop.SessionRules;
import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.WorkshopRecords.PlayerView;
import org.pedalatlas.workshop.WorkshopRecords.Refused;
import org.pedalatlas.workshop.LiveFeed;
import org.pedalatlas.workshop.ParticipantService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A participant's phone. The participant's token lives in the browser (localStorage), so a reload, a dropped
 * connection or a locked phone brings them back as the same person with the same score.
 */
@Route(value = "play/:code", layout = HallLayout.class)
@AnonymousAllowed
public class PlayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantService workshops;
    private final LiveFeed feed;
    private final ObjectProvider<HotspotInputFactory> hotspots;
    private final LiveUpdates updates = new LiveUpdates();
    private final Div stage = new Div();
    private final Countdown countdown = new Countdown();
    private final Span identity = new Span();
    private String code;
    private long participantId;
    private String token;
    private int shownPosition = Integer.MIN_VALUE;
    private Phase shownPhase;
    /** The language this phone chose (on the join page, kept in its cookie), shown unless the presenter fixes one. */
    private Locale own;

    public PlayView(ParticipantService workshops, LiveFeed feed, ObjectProvider<HotspotInputFactory> hotspots) {
        this.workshops = workshops;
        this.feed = feed;
        this.hotspots = hotspots;
        addClassName("play-page");
        identity.setId("play-identity");
        stage.setId("play-stage");
        stage.getElement().setAttribute("aria-live", "polite");
        add(identity, stage);
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
            render(workshops.player(participantId, token, own));
        }, error -> getUI().ifPresent(ui -> ui.navigate("join/" + code)));
    }

    private void onChange(Change change) {
        if (change == Change.PHASE) {
            render(workshops.player(participantId, token, own));
        }
    }

    private void render(PlayerView v) {
        Locale wanted = Languages.of(v.fixedLanguage() == null ? own : Locale.forLanguageTag(v.fixedLanguage()));
        if (!wanted.equals(getLocale())) {
            getUI().ifPresent(ui -> LanguageChoice.show(ui, wanted));
            shownPhase = null;
        }
        identity.setText(getTranslation("workshop.play.identity", v.nickname(), v.score()));
        if (v.removed()) {
            show(new H1(getTranslation("workshop.play.removed")), new Paragraph(getTranslation("workshop.play.removed-why")));
            return;
        }
        boolean sameQuestionOpen = v.phase() == Phase.QUESTION && shownPhase == Phase.QUESTION
                && v.question() != null && v.question().position() == shownPosition && !v.answered() && v.open();
        if (sameQuestionOpen) {
            return;
        }
        shownPhase = v.phase();
        shownPosition = v.question() == null ? -1 : v.question().position();
        switch (v.phase()) {
            case LOBBY -> show(new H1(getTranslation("workshop.play.in", v.nickname())),
                    waiting(v), rule());
            case QUESTION, PAUSED -> question(v);
            case REVEAL -> reveal(v);
            case LEADERBOARD -> show(new H1(getTranslation("workshop.play.leaderboard")), standing(v));
            case ENDED -> show(new H1(getTranslation("workshop.play.ended")), standing(v),
                    new Paragraph(getTranslation("workshop.play.thanks")));
        }
    }

    private void question(PlayerView v) {
        H1 counter = new H1(getTranslation("workshop.play.counter", v.question().position() + 1, v.question().total()));
        counter.addClassName("question-counter");
        Paragraph stem = new Paragraph(v.question().stem());
        stem.addClassName("stem");
        stem.setId("play-stem");
        countdown.show(v.open() ? v.closesAt() : null, null);
        if (v.answered()) {
            Paragraph received = new Paragraph(getTranslation("workshop.play.received", v.yourAnswer()));
            received.addClassName("received");
            received.setId("answer-received");
            show(counter, stem, received, new Paragraph(getTranslation("workshop.play.wait-reveal")));
            return;
        }
        if (!v.open()) {
            Paragraph closed = new Paragraph(getTranslation(v.phase() == Phase.PAUSED ? "workshop.play.paused"
                    : "workshop.play.time-up"));
            closed.setId("question-closed");
            show(counter, stem, closed);
            return;
        }
        AnswerInput input = AnswerInputs.of(v.question(), hotspots.getIfAvailable(() -> (q, spot) -> {
            throw new IllegalStateException("Image questions need the figures feature");
        }));
        Button send = new Button(getTranslation("workshop.play.send"));
        send.setId("send-answer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            Optional<Response> response = input.response();
            if (response.isEmpty()) {
                send.setEnabled(true);
                return;
            }
            try {
                workshops.answer(participantId, token, v.question().position(), response.get());
                render(workshops.player(participantId, token, own));
            } catch (Refused refused) {
                input.showProblem(refused.getMessage());
                boolean closed = refused.refusal().closesQuestion();
                send.setEnabled(!closed);
                if (closed) {
                    Paragraph late = new Paragraph(refused.getMessage());
                    late.setId("answer-refused");
                    late.addClassName("field-problem");
                    stage.add(late);
                }
            }
        });
        Div card = new Div(stem, input.component(), send);
        card.addClassName("question-card");
        show(counter, countdown, new TranslationNotice(Optional.ofNullable(v.translation())), card);
    }

    private void reveal(PlayerView v) {
        H1 verdict = new H1(getTranslation(v.result() == null ? "workshop.play.no-answer" : v.result().correct()
                ? "workshop.play.right" : v.result().partlyRight() ? "workshop.play.partly-right" : "workshop.play.not-right"));
        verdict.setId("play-verdict");
        // A status line, not a paragraph: large and bold, a <p> would read as a heading (axe: p-as-heading).
        Div points = new Div(v.points() == null ? "" : getTranslation("workshop.play.points", v.points()));
        points.addClassName("points");
        // Green says "gained": a wrong answer's "+0" is told in the page's plain colour.
        points.setClassName("none", v.points() == null || v.points() == 0);
        Paragraph key = new Paragraph(getTranslation("workshop.play.answer", v.reveal().correctAnswer()));
        key.addClassName("correct-answer");
        Paragraph explanation = new Paragraph(v.reveal().explanation());
        show(verdict, points, key, explanation, standing(v));
    }

    private Paragraph standing(PlayerView v) {
        Paragraph p = new Paragraph(getTranslation("workshop.play.standing", v.score(), v.rank(), v.participants()));
        p.setId("play-standing");
        p.addClassName("standing");
        return p;
    }

    private Paragraph rule() {
        Paragraph p = new Paragraph(getTranslation("workshop.play.rule"));
        p.addClassName("muted");
        return p;
    }

    private Paragraph waiting(PlayerView v) {
        Paragraph p = new Paragraph(getTranslation("workshop.play.waiting", v.title()));
        p.setId("play-waiting");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.play.title");
    }

    private void show(com.vaadin.flow.component.Component... components) {
        stage.removeAll();
        stage.add(components);
    }
}
