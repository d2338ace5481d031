package org.pedalatlas.workshop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.annotation.security.RolesAllowed;

import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureService;
import org.pedalatlas.security.LearnerService;
import org.pedalatlas.trees.TreeService;
import org.pedalatlas.workshop.JoinAddress;
import org.pedalatlas.base.ui.LanguageSelect;
import org.pedalatlas.base.ui.Languages;
import org.pedalatlas.workshop.Phase;
import org.pedalatlas.workshop.WorkshopRecords.Change;
import org.pedalatlas.workshop.WorkshopRecords.PresenterView;
import org.pedalatlas.workshop.WorkshopRecords.Standing;
import org.pedalatlas.workshop.LiveFeed;
import org.pedalatlas.workshop.WorkshopService;

/**
 * The projector screen, laid out to be read from the back of a hall: lobby with code, QR and short URL; the question
 * in large type with its choices, a countdown and how many answered; the reveal with the distribution, explanation,
 * source and the figures that teach it; the leaderboard, and a podium at the end. Any figure or decision tree can
 * be shown step by step in between. Keys: N next, R reveal, P pause or resume, L leaderboard, S show, D live answers
 * (off by default: before the reveal the room sees how many answered, not what), F full screen.
 */
@Route(value = "workshop/:id/present", layout = HallLayout.class)
@RolesAllowed("INSTRUCTOR")
public class PresenterScreen extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final JoinAddress joinAddress;
    private final LiveFeed feed;
    private final LearnerService learners;
    private final FigureService figures;
    private final ShowDialog show;
    private final LiveUpdates updates = new LiveUpdates();
    private final Div stage = new Div();
    private final Div controls = new Div();
    private final Countdown countdown = new Countdown();
    private final Paragraph answerCount = new Paragraph();
    private long sessionId;
    private long me;
    private String baseUrl = "/";
    private boolean liveAnswers;

    public PresenterScreen(WorkshopService workshops, LiveFeed feed, LearnerService learners, FigureService figures,
                           TreeService trees, JoinAddress joinAddress) {
        this.joinAddress = joinAddress;
        this.workshops = workshops;
        this.feed = feed;
        this.learners = learners;
        this.figures = figures;
        List<ShowDialog.Showable> showables = new ArrayList<>();
        figures.gallery().forEach(f -> showables.add(figureShowable(f)));
        trees.trees().forEach(t -> showables.add(new ShowDialog.Showable(getTranslation("workshop.presenter.tree", t.title()),
                "trees/" + t.id() + "?present")));
        this.show = new ShowDialog(showables);
        // Back from a figure or tree, focus returns to the session's controls so N, R, P and L work at once.
        show.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                controls.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                        .filter(Button::isEnabled).findFirst().ifPresent(Button::focus);
            }
        });
        addClassName("presenter");
        stage.setId("presenter-stage");
        stage.addClassName("presenter-stage");
        controls.addClassName("presenter-controls");
        controls.getElement().setAttribute("role", "toolbar");
        controls.getElement().setAttribute("aria-label", getTranslation("workshop.presenter.controls"));
        answerCount.setId("answer-count");
        answerCount.addClassName("answer-count");
        add(stage, controls);
        LiveUpdates.onDetach(this, updates);
        Shortcuts.addShortcutListener(this, this::next, Key.KEY_N);
        Shortcuts.addShortcutListener(this, this::reveal, Key.KEY_R);
        Shortcuts.addShortcutListener(this, this::pause, Key.KEY_P);
        Shortcuts.addShortcutListener(this, this::leaderboard, Key.KEY_L);
        Shortcuts.addShortcutListener(this, () -> show.open(), Key.KEY_S);
        Shortcuts.addShortcutListener(this, this::toggleLiveAnswers, Key.KEY_D);
    }

    private ShowDialog.Showable figureShowable(FigureCard f) {
        return new ShowDialog.Showable(getTranslation("workshop.presenter.figure", f.link().title()), "figures/" + f.link().id() + "?present");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = learners.current().orElseThrow().id();
        sessionId = event.getRouteParameters().getLong("id").orElse(-1L);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        baseUrl = baseUrl();
        updates.attach(event, feed, sessionId, this::onChange);
        render(workshops.presenter(sessionId, me), true);
        // Full screen must be asked for inside the key press or click itself: after a server round trip the
        // browser no longer counts it as the user's gesture and refuses.
        getElement().executeJs("""
                const toggle = () => document.fullscreenElement ? document.exitFullscreen()
                    : document.documentElement.requestFullscreen().catch(() => {});
                this._fullscreenKey = e => {
                  if ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey
                      && !e.composedPath().some(n => n.localName === 'input' || n.localName === 'textarea')) toggle();
                };
                document.addEventListener('keydown', this._fullscreenKey);
                this._fullscreenToggle = toggle;""");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs("document.removeEventListener('keydown', this._fullscreenKey)");
    }

    private void onChange(Change change) {
        if (change == Change.PARTICIPANTS) {
            // Joins re-render the stage only: rebuilding the buttons under the instructor's hand lost the click.
            // In the lobby only the nicknames that changed are touched.
            PresenterView v = workshops.presenter(sessionId, me);
            var lobby = stage.getChildren().filter(LobbyPanel.class::isInstance).map(LobbyPanel.class::cast).findFirst();
            if (v.info().phase() == Phase.LOBBY && lobby.isPresent()) {
                lobby.get().update(v);
                return;
            }
            stage.removeAll();
            stageFor(v);
            return;
        }
        render(workshops.presenter(sessionId, me), change != Change.ANSWERS);
    }

    private void next() { workshops.next(sessionId, me); }
    private void reveal() { workshops.reveal(sessionId, me); }
    private void pause() { workshops.togglePause(sessionId, me); }
    private void leaderboard() { workshops.leaderboard(sessionId, me); }

    /** The instructor's opt-in: while a question is open the room sees how many answered, not what, unless this is on. */
    private void toggleLiveAnswers() {
        liveAnswers = !liveAnswers;
        render(workshops.presenter(sessionId, me), true);
    }

    private void render(PresenterView v, boolean full) {
        if (!full && v.question() != null && v.reveal() == null) {
            stage.getChildren().filter(c -> "histogram".equals(c.getId().orElse(""))).findFirst()
                    .ifPresent(stage::remove);
            answerCount.setText(answerCount(v));
            if (liveAnswers) {
                stage.add(new HistogramChart(v.bars()));
            }
            return;
        }
        stage.removeAll();
        controls.removeAll();
        stageFor(v);
        controls();
    }

    private void stageFor(PresenterView v) {
        switch (v.info().phase()) {
            case LOBBY -> lobby(v);
            case QUESTION, PAUSED -> question(v);
            case REVEAL -> revealed(v);
            case LEADERBOARD -> board(v, getTranslation("workshop.play.leaderboard"));
            case ENDED -> {
                stage.add(new H1(getTranslation("workshop.presenter.final")), new Podium(v.leaderboard()));
                stage.add(new Paragraph(new Anchor("workshop/" + sessionId + "/results", getTranslation("workshop.presenter.results-link"))));
            }
        }
    }

    private void lobby(PresenterView v) {
        stage.add(new LobbyPanel(v, baseUrl, p -> workshops.remove(sessionId, me, p.id())));
    }

    private void question(PresenterView v) {
        // The page's heading while a question is up; the stem under it is what the hall reads, set larger.
        H1 counter = new H1(getTranslation("workshop.play.counter", v.question().position() + 1, v.question().total()));
        counter.addClassName("question-counter");
        countdown.show(v.info().phase() == Phase.PAUSED ? null : v.closesAt(), v.pausedRemainingMs());
        answerCount.setText(answerCount(v));
        // Once revealed the clock has no more to say: a reveal before the time ran out is not "time is up".
        Div head = v.reveal() == null ? new Div(counter, answerCount, countdown) : new Div(counter, answerCount);
        head.addClassName("presenter-head");
        Paragraph stem = new Paragraph(v.question().stem());
        stem.addClassName("presenter-stem");
        stem.setId("presenter-stem");
        stage.add(head, stem);
        if (v.reveal() == null) {
            stage.add(ProjectedPrompt.of(v.question().prompt()));
        }
        if (liveAnswers || v.reveal() != null) {
            stage.add(new HistogramChart(v.bars()));
        }
    }

    private String answerCount(PresenterView v) {
        return getTranslation(v.open() ? "workshop.presenter.answered" : "workshop.presenter.answered-closed", v.answers(),
                v.participants().size());
    }

    private void revealed(PresenterView v) {
        question(v);
        stage.add(new RevealPanel(v, figures, f -> show.open(figureShowable(f))));
    }

    private void board(PresenterView v, String title) {
        OrderedList list = new OrderedList();
        list.setId("leaderboard");
        list.addClassName("leaderboard");
        for (Standing s : v.leaderboard().stream().limit(10).toList()) {
            ListItem item = new ListItem(new Span(s.rank() + ". " + s.nickname()), new Span(getTranslation("workshop.presenter.pts", s.score())));
            if (s.rank() == 1) {
                item.addClassName("top");
            }
            list.add(item);
        }
        stage.add(new H1(title), list);
    }

    private void controls() {
        PresenterView v = workshops.presenter(sessionId, me);
        Phase phase = v.info().phase();
        boolean last = v.info().currentIndex() + 1 >= v.info().questionCount();
        Button next = button(getTranslation(phase == Phase.LOBBY ? "workshop.presenter.start" : last ? "workshop.presenter.end"
                : "workshop.presenter.next"), "next", this::next);
        Button reveal = button(getTranslation("workshop.presenter.reveal"), "reveal", this::reveal);
        Button pause = button(getTranslation(phase == Phase.PAUSED ? "workshop.presenter.resume" : "workshop.presenter.pause"), "pause", this::pause);
        Button board = button(getTranslation("workshop.presenter.leaderboard"), "leaderboard", this::leaderboard);
        Button showSomething = button(getTranslation("workshop.presenter.show"), "show", () -> show.open());
        Button live = button(getTranslation(liveAnswers ? "workshop.presenter.hide-live" : "workshop.presenter.show-live"), "live", this::toggleLiveAnswers);
        Button fullScreen = new Button(getTranslation("workshop.presenter.full-screen"));
        fullScreen.setId("presenter-fullscreen");
        fullScreen.getElement().executeJs("this.addEventListener('click', () => $0._fullscreenToggle())", getElement());
        Anchor leave = new Anchor("workshop", getTranslation("workshop.presenter.leave"));
        leave.addClassName("presenter-leave");
        live.setEnabled(phase == Phase.QUESTION || phase == Phase.PAUSED);
        reveal.setEnabled(phase == Phase.QUESTION || phase == Phase.PAUSED);
        pause.setEnabled((phase == Phase.QUESTION || phase == Phase.PAUSED) && v.timeLimitSeconds() != null);
        board.setEnabled(phase == Phase.REVEAL);
        next.setEnabled(phase != Phase.ENDED && phase != Phase.QUESTION && phase != Phase.PAUSED);
        controls.add(next, reveal, pause, board, live, showSomething, fullScreen, phonesLanguage(), leave);
    }

    /**
     * The phones' language: each phone's own (chosen when joining), or one the presenter fixes for the whole room.
     * The presenter's own screen keeps the presenter's language.
     */
    private Select<Locale> phonesLanguage() {
        Select<Locale> select = new Select<>();
        select.setId("presenter-language");
        select.setLabel(getTranslation("workshop.presenter.language"));
        select.setItems(Languages.SUPPORTED);
        select.setItemLabelGenerator(l -> l == null ? getTranslation("workshop.presenter.language-own")
                : LanguageSelect.ownName(l));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("workshop.presenter.language-own"));
        select.setValue(workshops.fixedLanguage(sessionId, me).map(Languages::of).orElse(null));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                workshops.fixLanguage(sessionId, me, e.getValue());
            }
        });
        select.addClassName("presenter-language");
        return select;
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId("presenter-" + id);
        b.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return b;
    }

    private String baseUrl() {
        return joinAddress.baseUrl(VaadinServletRequest.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.presenter.title");
    }
}
