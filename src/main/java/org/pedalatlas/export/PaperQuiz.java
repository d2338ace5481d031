package org.pedalatlas.export;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jsoup.nodes.Element;
import org.pedalatlas.bank.Shuffle;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.Question;

/**
 * A question set on paper, and its answer key as a separate document for the instructor. Options, items and
 * right-hand values are shown in a shuffled order (authors often write the key first), seeded by the question's id so
 * that the quiz and its key, printed apart, always agree. A hotspot question prints its figure without names; the
 * key names the region.
 */
final class PaperQuiz {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final AtlasContent content;

    PaperQuiz(AtlasContent content) {
        this.content = content;
    }

    byte[] quiz(List<Question> questions, String selection) {
        Pdf pdf = new Pdf("Paper quiz · Pedal Access Atlas", "A quiz of " + questions.size()
                + " questions from the Pedal Access Atlas question bank (" + selection + ")", "pdf.css", "quiz.css");
        Element body = start(pdf, "Paper quiz", questions.size(), selection);
        body.appendElement("p").addClass("name").text("Name: ____________________________   Date: ______________");
        Element list = body.appendElement("ol").addClass("questions");
        for (Question q : questions) {
            Element li = list.appendElement("li").addClass("question");
            li.appendElement("p").addClass("stem").text(q.stem());
            answerSpace(li, q);
        }
        return pdf.render();
    }

    byte[] key(List<Question> questions, String selection) {
        Pdf pdf = new Pdf("Answer key · Pedal Access Atlas", "The answer key, for the instructor, of a paper quiz of "
                + questions.size() + " questions (" + selection + ")", "pdf.css", "quiz.css");
        Element body = start(pdf, "Answer key — for the instructor", questions.size(), selection);
        Element list = body.appendElement("ol").addClass("questions key");
        for (Question q : questions) {
            Element li = list.appendElement("li").addClass("question");
            li.appendElement("p").addClass("stem").text(q.stem());
            li.appendElement("p").addClass("answer").appendElement("b").text("Answer: ").parent().appendText(answer(q));
            li.appendElement("p").addClass("why").text(q.explanation());
            li.appendElement("p").addClass("source").text("Source: " + content.source().section(q.src().section()).label()
                    + " — “" + q.src().passage().strip() + "” · question " + q.id());
        }
        return pdf.render();
    }

    private Element start(Pdf pdf, String heading, int count, String selection) {
        Element body = pdf.body();
        body.appendElement("div").addClass("footer").text("Pedal Access Atlas · content version " + content.version());
        body.appendElement("h1").text(heading);
        body.appendElement("p").addClass("lead").text(count + (count == 1 ? " question" : " questions") + " · "
                + selection);
        Pdf.disclaimer(body);
        Pdf.version(body, content.version());
        return body;
    }

    private void answerSpace(Element li, Question q) {
        switch (q.key()) {
            case Question.SingleChoice s -> options(li, s.options(), q, "Circle one letter.");
            case Question.MultipleChoice m -> options(li, m.options(), q, "Circle every letter that applies.");
            case Question.TrueFalse t -> li.appendElement("p").addClass("how").text("Circle one:  True  /  False");
            case Question.Numeric n -> li.appendElement("p").addClass("how")
                    .text("Answer: ______________ " + n.unit());
            case Question.Ordering o -> {
                li.appendElement("p").addClass("how").text("Number these from 1 (first) to " + o.items().size() + ".");
                Element ul = li.appendElement("ul").addClass("choices");
                order(q, o.items().size()).forEach(i -> ul.appendElement("li").text("___  " + o.items().get(i)));
            }
            case Question.Matching m -> {
                List<String> rights = m.distinctRights();
                li.appendElement("p").addClass("how").text("Write the letter of the matching answer beside each item; "
                        + "a letter may be used more than once.");
                Element items = li.appendElement("ul").addClass("choices");
                m.pairs().forEach(p -> items.appendElement("li").text("___  " + p.left()));
                Element answers = li.appendElement("ul").addClass("choices");
                List<Integer> shown = order(q, rights.size());
                for (int i = 0; i < shown.size(); i++) {
                    answers.appendElement("li").text(LETTERS.charAt(i) + ".  " + rights.get(shown.get(i)));
                }
            }
            case Question.Hotspot h -> {
                Figure figure = content.figure(h.figure()).orElseThrow();
                li.appendElement("p").addClass("how").text("Mark the place with a cross on the figure.");
                FigureRaster.Drawing drawing = FigureRaster.png(figure);
                li.appendElement("div").addClass("figure").appendElement("img")
                        .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(drawing.png()))
                        .attr("alt", figure.title() + ", drawn without its names");
            }
        }
    }

    private void options(Element li, List<Question.Option> options, Question q, String how) {
        li.appendElement("p").addClass("how").text(how);
        Element ul = li.appendElement("ul").addClass("choices");
        List<Integer> shown = order(q, options.size());
        for (int i = 0; i < shown.size(); i++) {
            ul.appendElement("li").text(LETTERS.charAt(i) + ".  " + options.get(shown.get(i)).text());
        }
    }

    /** What the key says: the letters and words of the right options, the number, the order, the pairs, the region. */
    String answer(Question q) {
        return switch (q.key()) {
            case Question.SingleChoice s -> chosen(q, s.options());
            case Question.MultipleChoice m -> chosen(q, m.options());
            case Question.TrueFalse t -> t.answer() ? "True" : "False";
            case Question.Numeric n -> number(n.value()) + (n.tolerance() > 0 ? " ± " + number(n.tolerance()) : "")
                    + " " + n.unit();
            case Question.Ordering o -> String.join(" → ", o.items());
            case Question.Matching m -> {
                List<String> rights = m.distinctRights();
                List<Integer> shown = order(q, rights.size());
                yield String.join("; ", m.pairs().stream().map(p -> p.left() + " — "
                        + LETTERS.charAt(shown.indexOf(rights.indexOf(p.right()))) + " (" + p.right() + ")").toList());
            }
            case Question.Hotspot h -> content.figure(h.figure()).flatMap(f -> f.hotspot(h.region()))
                    .map(Figure.Hotspot::name).orElse(h.region()) + " (on " + content.figure(h.figure())
                    .map(Figure::title).orElse(h.figure()) + ")";
        };
    }

    private static String chosen(Question q, List<Question.Option> options) {
        List<Integer> shown = order(q, options.size());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            Question.Option option = options.get(shown.get(i));
            if (option.correct()) {
                out.append(out.isEmpty() ? "" : "; ").append(LETTERS.charAt(i)).append(". ").append(option.text());
            }
        }
        return out.toString();
    }

    private static List<Integer> order(Question q, int size) {
        return Shuffle.random(size, new Random(q.id().hashCode())).order();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
