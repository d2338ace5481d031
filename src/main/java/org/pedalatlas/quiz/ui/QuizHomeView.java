package org.pedalatlas.quiz.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.pedalatlas.bank.QuestionBank;
import org.pedalatlas.quiz.Certainty;
import org.pedalatlas.quiz.Mode;
import org.pedalatlas.quiz.QuizRecords.Catalogue;
import org.pedalatlas.quiz.QuizRecords.Refused;
import org.pedalatlas.quiz.QuizRecords.StartOptions;
import org.pedalatlas.quiz.QuizService;
import org.pedalatlas.security.LearnerRef;
import org.pedalatlas.security.LearnerService;

/** Choose practice or exam, zones and topics, how many questions, certainty marking and a time limit. */
@Route("quiz")
@Menu(title = "Quiz", order = 60)
@AnonymousAllowed
public class QuizHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final QuestionBank bank;
    private final LearnerService learners;
    private final Div picked = new Div();

    public QuizHomeView(QuizService quiz, QuestionBank bank, LearnerService learners) {
        this.quiz = quiz;
        this.bank = bank;
        this.learners = learners;
        addClassName("quiz-home");
        Catalogue catalogue = quiz.catalogue();
        RadioButtonGroup<Mode> mode = new RadioButtonGroup<>(getTranslation("quiz.home.mode"));
        mode.setItems(Mode.PRACTICE, Mode.EXAM);
        mode.setItemLabelGenerator(m -> getTranslation(m == Mode.PRACTICE ? "quiz.home.practice" : "quiz.home.exam"));
        mode.setValue(Mode.PRACTICE);
        mode.setId("quiz-mode");
        CheckboxGroup<Integer> zones = new CheckboxGroup<>(getTranslation("quiz.home.zones"));
        zones.setItems(catalogue.byZone().keySet());
        zones.setItemLabelGenerator(z -> getTranslation("quiz.home.zone", z, catalogue.byZone().get(z)));
        zones.setId("quiz-zones");
        CheckboxGroup<String> topics = new CheckboxGroup<>(getTranslation("quiz.home.topics"));
        topics.setItems(catalogue.byTopic().keySet());
        topics.setItemLabelGenerator(t -> t + " (" + catalogue.byTopic().get(t) + ")");
        topics.setId("quiz-topics");
        IntegerField count = new IntegerField(getTranslation("quiz.home.count"));
        count.setMin(1);
        count.setMax(QuizService.MAX_QUESTIONS);
        count.setValue(Math.min(10, Math.max(1, catalogue.questions())));
        count.setStepButtonsVisible(true);
        count.setId("quiz-count");
        count.setHelperText(getTranslation("quiz.home.count-help", QuizService.MAX_QUESTIONS));
        Checkbox cbm = new Checkbox(getTranslation("quiz.home.cbm"));
        cbm.setId("quiz-cbm");
        Details cbmHelp = new Details(getTranslation("quiz.home.cbm-how"), new Paragraph(getTranslation("quiz.home.cbm-help",
                Certainty.LOW.label(), Certainty.MEDIUM.label(), Certainty.HIGH.label())));
        IntegerField limit = new IntegerField(getTranslation("quiz.home.limit"));
        limit.setMin(1);
        limit.setMax(180);
        limit.setId("quiz-limit");
        limit.setClearButtonVisible(true);
        limit.setVisible(false);
        mode.addValueChangeListener(e -> limit.setVisible(e.getValue() == Mode.EXAM));
        Button start = new Button(getTranslation("quiz.home.start"), e -> {
            if (count.isInvalid() || count.getValue() == null || count.getValue() < 1 || count.getValue() > QuizService.MAX_QUESTIONS) {
                count.setErrorMessage(getTranslation("quiz.home.count-error", QuizService.MAX_QUESTIONS));
                count.setInvalid(true);
                return;
            }
            if (limit.isInvalid()) {
                limit.setErrorMessage(getTranslation("quiz.home.limit-error"));
                return;
            }
            start(quiz, learners, new StartOptions(mode.getValue(), Set.copyOf(zones.getValue()),
                    Set.copyOf(topics.getValue()), count.getValue(), cbm.getValue(), limit.getValue()), showOn(count));
        });
        start.setId("quiz-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(mode, zones, topics, count, cbm, cbmHelp, limit, start);
        form.addClassName("quiz-form");
        picked.setId("picked-set");
        picked.setVisible(false);
        add(new H1(getTranslation("quiz.home.heading")), new Paragraph(getTranslation("quiz.home.intro", catalogue.questions())),
                picked, form);
        learners.current().ifPresent(l -> {
            long due = quiz.reviewsDue(l);
            if (due > 0) {
                Button review = new Button(getTranslation("quiz.home.review", due),
                        e -> start(quiz, learners, new StartOptions(Mode.REVIEW, Set.of(), Set.of(), QuizService.MAX_QUESTIONS,
                                false, null), showOn(count)));
                review.setId("review-due");
                Div reviews = new Div(new H2(getTranslation("quiz.home.review-due")),
                        new Paragraph(getTranslation("quiz.home.review-why")), review);
                reviews.addClassName("due-box");
                addComponentAtIndex(2, reviews);
            }
        });
    }

    /** {@code /quiz?questions=a,b,c} offers a hand-picked set, e.g. a link an instructor shares. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getSingleParameter("questions")
                .map(q -> Arrays.stream(q.split(",")).map(String::strip).filter(bank::exists).distinct().toList())
                .orElse(List.of());
        picked.removeAll();
        picked.setVisible(!ids.isEmpty());
        if (!ids.isEmpty()) {
            picked.addClassName("due-box");
            Paragraph problem = new Paragraph();
            problem.addClassName("field-problem");
            Button practice = new Button(getTranslation("quiz.home.practise-these", ids.size()), e -> start(quiz, learners,
                    new StartOptions(Mode.PRACTICE, Set.of(), Set.of(), ids.size(), false, null, ids), problem::setText));
            practice.setId("start-picked");
            practice.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            picked.add(new H2(getTranslation("quiz.home.chosen-set")),
                    new Paragraph(getTranslation("quiz.home.chosen-why", ids.size())), practice, problem);
        }
    }

    private void start(QuizService quiz, LearnerService learners, StartOptions options, Consumer<String> onRefused) {
        try {
            LearnerRef learner = learners.currentOrNewGuest();
            long id = quiz.start(learner, options).id();
            getUI().ifPresent(ui -> ui.navigate("quiz/attempt/" + id));
        } catch (Refused refused) {
            onRefused.accept(refused.getMessage());
        }
    }

    private static Consumer<String> showOn(IntegerField field) {
        return message -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quiz.title");
    }
}
