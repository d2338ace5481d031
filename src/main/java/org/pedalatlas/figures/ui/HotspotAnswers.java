package org.pedalatlas.figures.ui;

import org.pedalatlas.base.Words;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.pedalatlas.figures.FigureRecords.QuizFigure;
import org.pedalatlas.figures.FigureService;
import org.pedalatlas.bank.BankRecords.QuestionView;
import org.pedalatlas.bank.Prompt;
import org.pedalatlas.bank.Response;
import org.pedalatlas.bank.ui.AnswerInput;
import org.pedalatlas.bank.ui.HotspotInputFactory;

/**
 * The input of hotspot questions, for the quiz and the workshops: the figure without its labels, whose regions
 * the learner chooses. The page only ever holds one-off tokens for the regions; the token chosen is turned back
 * into a region id here, on the server, and the quiz engine compares it with the key.
 */
@org.springframework.stereotype.Component
class HotspotAnswers implements HotspotInputFactory {

    private final FigureService figures;

    HotspotAnswers(FigureService figures) {
        this.figures = figures;
    }

    @Override
    public AnswerInput create(QuestionView question, Prompt.Spot spot) {
        QuizFigure figure = figures.forQuestion(spot.figure()).orElseThrow(
                () -> new IllegalStateException("No figure '" + spot.figure() + "' for question " + question.questionId()));
        return new Input(figure);
    }

    @Override
    public Drawing drawing(QuestionView question, Prompt.Spot spot) {
        QuizFigure figure = figures.forQuestion(spot.figure()).orElseThrow(
                () -> new IllegalStateException("No figure '" + spot.figure() + "' for question " + question.questionId()));
        return new Drawing(figure.svg(), Words.get("figures.viewer.label", Words.get("figures.hotspot.figure",
                figure.title())), figure.regions(), FigureViewer.SCRIPT);
    }

    private static final class Input implements AnswerInput {
        private final QuizFigure figure;
        private final Div wrapper = new Div();
        private final Span status = new Span(Words.get("figures.hotspot.none"));
        private final FigureViewer viewer;
        private String chosen;
        private boolean readOnly;

        Input(QuizFigure figure) {
            this.figure = figure;
            this.viewer = new FigureViewer(figure.svg(), Words.get("figures.hotspot.figure", figure.title()));
            wrapper.setId("answer-input");
            wrapper.addClassName("hotspot-answer");
            status.addClassName("hotspot-answer-status");
            status.setId("hotspot-status");
            status.getElement().setAttribute("role", "status");
            wrapper.add(viewer, status);
            viewer.addHotspotListener(token -> {
                if (!readOnly && figure.regions().containsKey(token)) {
                    chosen = token;
                    viewer.call("select", token);
                    status.setText(Words.get("figures.hotspot.chosen"));
                    status.removeClassName("field-problem");
                }
            });
        }

        public Component component() {
            return wrapper;
        }

        public Optional<Response> response() {
            if (chosen == null) {
                showProblem(Words.get("figures.hotspot.choose"));
                return Optional.empty();
            }
            return Optional.of(new Response.Hotspot(figure.regions().get(chosen)));
        }

        public void showProblem(String message) {
            status.setText(message);
            status.addClassName("field-problem");
        }

        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
        }
    }
}
