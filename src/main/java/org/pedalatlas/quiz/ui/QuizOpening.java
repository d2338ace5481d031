package org.pedalatlas.quiz.ui;

import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.pedalatlas.base.Words;
import org.pedalatlas.base.ui.FirstPaintSource;
import org.pedalatlas.quiz.QuizService;
import org.springframework.stereotype.Component;

/** The quiz page's heading and introduction in the HTML before JavaScript, as {@link QuizHomeView} draws them. */
@Component
class QuizOpening implements FirstPaintSource {

    private final QuizService quiz;

    QuizOpening(QuizService quiz) {
        this.quiz = quiz;
    }

    @Override
    public Optional<Opening> opening(String route, Locale locale) {
        if (!route.equals("quiz")) {
            return Optional.empty();
        }
        Element page = new Element("div").addClass("quiz-home");
        page.appendElement("h1").text(Words.in(locale, "quiz.home.heading"));
        page.appendElement("p").text(Words.in(locale, "quiz.home.intro", quiz.catalogue().questions()));
        return Optional.of(Opening.of(Frame.ATLAS, page));
    }
}
