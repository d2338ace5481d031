package org.pedalatlas.quiz.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.vaadin.flow.component.button.Button;

import org.pedalatlas.quiz.QuizRecords.Refused;
import org.pedalatlas.quiz.Refusal;
import org.pedalatlas.quiz.QuizRecords.ReviewItem;
import org.pedalatlas.quiz.QuizRecords.ReviewScreen;
import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.security.LearnerRef;
import org.pedalatlas.security.LearnerService;

/** The end of an attempt: the score (and certainty marks), then every question with its feedback. */
// Ids that are not numbers, or too long for a long, match no route: the not-found page, with no stack trace in the log.
@Route("quiz/review/:attempt([0-9]{1,18})")
@AnonymousAllowed
public class AttemptReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final LearnerService learners;

    public AttemptReviewView(QuizService quiz, LearnerService learners) {
        this.quiz = quiz;
        this.learners = learners;
        addClassName("review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<LearnerRef> learner = learners.current();
        Optional<Long> id = event.getRouteParameters().getLong("attempt");
        if (learner.isEmpty() || id.isEmpty()) {
            add(new H1(getTranslation("quiz.results.heading")), new Paragraph(getTranslation("quiz.results.not-here")));
            return;
        }
        try {
            ReviewScreen screen = quiz.review(id.get(), learner.get(), getLocale());
            Paragraph score = new Paragraph(getTranslation("quiz.results.score", Math.round(screen.summary().percent()),
                    screen.summary().questions(), screen.summary().answered()));
            score.setId("attempt-score");
            score.addClassName("score");
            add(new H1(getTranslation("quiz.results.heading")), score);
            if (screen.summary().cbm()) {
                Paragraph marks = new Paragraph(getTranslation("quiz.results.marks",
                        FeedbackPanel.marks(screen.summary().marks(), getLocale()), 3 * screen.summary().questions()));
                marks.setId("attempt-marks");
                add(marks);
            }
            if (learner.get().guest()) {
                add(new Paragraph(new Anchor("signup", getTranslation("security.sign-up.heading")),
                        new com.vaadin.flow.component.Text(" " + getTranslation("quiz.results.why-account"))));
            }
            for (ReviewItem item : screen.items()) {
                Div block = new Div(new H2(getTranslation("quiz.results.question", item.position() + 1)), new Paragraph(item.stem()),
                        new FeedbackPanel(item.feedback()));
                block.addClassName("review-item");
                add(block);
            }
            add(new Paragraph(new Anchor("quiz", getTranslation("quiz.results.back")), new com.vaadin.flow.component.Text(" · "),
                    new Anchor("progress", getTranslation("quiz.results.progress"))));
        } catch (Refused refused) {
            add(new H1(getTranslation("quiz.results.heading")), new Paragraph(refused.getMessage()));
            if (refused.refusal() == Refusal.Reason.EXAM_RUNNING) {
                long attemptId = id.get();
                Button finish = new Button(getTranslation("quiz.results.finish-now"), e -> {
                    quiz.finish(attemptId, learner.get());
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
                finish.setId("finish-exam");
                add(new Paragraph(new Anchor("quiz/attempt/" + attemptId, getTranslation("quiz.results.back-to-exam"))), finish);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.results.title");
    }
}
