package org.pedalatlas.quiz.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.base.ui.TranslationNotice;
import org.pedalatlas.quiz.Certainty;
import org.pedalatlas.quiz.Mode;
import org.pedalatlas.quiz.QuizRecords.AttemptState;
import org.pedalatlas.quiz.QuizRecords.Feedback;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ui.AnswerInput;
import org.pedalatlas.bank.ui.AnswerInputs;
import org.pedalatlas.bank.ui.HotspotInputFactory;
import org.pedalatlas.quiz.QuizRecords.Refused;
import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.security.LearnerRef;
import org.pedalatlas.security.LearnerService;
import org.springframework.beans.factory.ObjectProvider;

/** One question at a time: answer, certainty when marking by certainty, feedback in practice, then the next. */
// Ids that are not numbers, or too long for a long, match no route: the not-found page, with no stack trace in the log.
@Route("quiz/attempt/:attempt([0-9]{1,18})/:position?([0-9]{1,9})")
@AnonymousAllowed
public class AttemptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final LearnerService learners;
    private final ObjectProvider<HotspotInputFactory> hotspots;
    private LearnerRef learner;
    private long attemptId;

    public AttemptView(QuizService quiz, LearnerService learners, ObjectProvider<HotspotInputFactory> hotspots) {
        this.quiz = quiz;
        this.learners = learners;
        this.hotspots = hotspots;
        addClassName("attempt-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<LearnerRef> current = learners.current();
        Optional<Long> id = event.getRouteParameters().getLong("attempt");
        if (current.isEmpty() || id.isEmpty()) {
            add(new H1(getTranslation("quiz.heading")), new Paragraph(getTranslation("quiz.attempt.not-here")));
            return;
        }
        learner = current.get();
        attemptId = id.get();
        try {
            AttemptState state = quiz.state(attemptId, learner);
            int position = event.getRouteParameters().getInteger("position").orElse(Math.max(0, state.next()));
            if (state.finished() || state.next() < 0 && event.getRouteParameters().getInteger("position").isEmpty()) {
                event.forwardTo("quiz/review/" + attemptId);
                return;
            }
            show(state, quiz.question(attemptId, Math.min(position, state.total() - 1), learner, getLocale()));
        } catch (Refused refused) {
            add(new H1(getTranslation("quiz.heading")), new Paragraph(refused.getMessage()));
        }
    }

    private void show(AttemptState state, QuestionView q) {
        Div header = new Div();
        header.addClassName("attempt-header");
        Span progress = new Span(getTranslation("workshop.play.counter", q.position() + 1, q.total()));
        progress.setId("attempt-progress");
        Span mode = new Span(getTranslation("quiz.mode." + state.mode().name().toLowerCase(java.util.Locale.ROOT)));
        mode.addClassName("chip");
        header.add(mode, progress);
        if (state.deadline() != null) {
            Span deadline = new Span(getTranslation("quiz.attempt.ends", DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(ZoneId.systemDefault()).format(state.deadline())));
            deadline.addClassName("deadline");
            header.add(deadline);
        }
        Paragraph stem = new Paragraph(q.stem());
        stem.addClassName("stem");
        stem.setId("question-stem");
        AnswerInput input = AnswerInputs.of(q, hotspots.getObject());
        RadioButtonGroup<Certainty> certainty = new RadioButtonGroup<>(getTranslation("quiz.attempt.certainty"));
        certainty.setItems(Certainty.values());
        certainty.setItemLabelGenerator(Certainty::label);
        certainty.setId("certainty");
        certainty.setVisible(state.cbm());
        Div result = new Div();
        result.setId("result");
        Button submit = new Button(getTranslation("quiz.attempt.submit"));
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            Optional<Response> response = input.response();
            if (response.isEmpty() || state.cbm() && certainty.getValue() == null) {
                if (state.cbm() && certainty.getValue() == null) {
                    certainty.setErrorMessage(getTranslation("quiz.attempt.certainty-missing"));
                    certainty.setInvalid(true);
                }
                submit.setEnabled(true);
                return;
            }
            try {
                Feedback f = quiz.submit(attemptId, q.position(), response.get(), certainty.getValue(), learner,
                        getLocale());
                input.setReadOnly(true);
                certainty.setReadOnly(true);
                submit.setVisible(false);
                showResult(result, f, q, state);
            } catch (Refused refused) {
                input.showProblem(refused.getMessage());
                if (quiz.state(attemptId, learner).finished()) {
                    submit.setVisible(false);
                    Button results = new Button(getTranslation("quiz.attempt.see-results"),
                            ev -> getUI().ifPresent(ui -> ui.navigate("quiz/review/" + attemptId)));
                    results.setId("see-results");
                    result.add(results);
                } else {
                    submit.setEnabled(true);
                }
            }
        });
        Div question = new Div(stem, input.component(), certainty, submit);
        question.addComponentAsFirst(new TranslationNotice(
                quiz.translationNote(attemptId, q.position(), learner, getLocale())));
        question.addClassName("question-card");
        add(new H1(getTranslation("quiz.heading")), header, question, result);
    }

    private void showResult(Div result, Feedback f, QuestionView q, AttemptState state) {
        result.removeAll();
        switch (f.status()) {
            case SAVED -> {
                Paragraph saved = new Paragraph(getTranslation("quiz.attempt.saved"));
                saved.addClassName("saved");
                result.add(saved);
            }
            case TRY_AGAIN -> {
                Paragraph again = new Paragraph(getTranslation(f.fraction() > 0 ? "quiz.attempt.partly" : "quiz.attempt.not-yet"));
                again.addClassName("try-again");
                Button retry = new Button(getTranslation("quiz.attempt.retry"), e -> getUI().ifPresent(ui -> ui.getPage().reload()));
                retry.setId("retry");
                Button reveal = new Button(getTranslation("quiz.attempt.show-answer"), e -> {
                    result.removeAll();
                    result.add(new FeedbackPanel(quiz.reveal(attemptId, q.position(), learner, getLocale())), nextButton(q, state));
                });
                reveal.setId("reveal");
                retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                result.add(again, new Div(retry, reveal));
                retry.focus();
                return;
            }
            case REVEALED -> result.add(new FeedbackPanel(f));
        }
        result.add(nextButton(q, state));
    }

    private Button nextButton(QuestionView q, AttemptState state) {
        boolean last = q.position() + 1 >= q.total();
        Button next = new Button(getTranslation(last ? "quiz.attempt.finish" : "quiz.attempt.next"), e -> getUI().ifPresent(ui -> {
            if (last) {
                quiz.finish(attemptId, learner);
                ui.navigate("quiz/review/" + attemptId);
            } else {
                ui.navigate("quiz/attempt/" + attemptId + "/" + (q.position() + 1));
            }
        }));
        next.setId("next-question");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        next.getElement().executeJs("setTimeout(() => this.focus(), 0)");
        return next;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.title");
    }
}
