package org.pedalatlas.workshop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.pedalatlas.bank.Prompt;
import org.pedalatlas.figures.FigureRecords.FigureCard;
import org.pedalatlas.figures.FigureService;
import org.pedalatlas.workshop.WorkshopRecords.PresenterView;

/**
 * The projector's reveal under the distribution: the right answer, why, the source passage it comes from, and up to
 * three figures that teach it, each one press away.
 */
final class RevealPanel extends Div {

    RevealPanel(PresenterView v, FigureService figures, Consumer<FigureCard> showFigure) {
        setId("reveal");
        addClassName("reveal");
        Paragraph source = new Paragraph(getTranslation("workshop.reveal.source", v.reveal().sourcePassage(), v.reveal().sourceLabel()));
        source.addClassName("reveal-source");
        Div related = new Div();
        related.addClassName("reveal-figures");
        relatedFigures(v, figures).forEach(f -> {
            Button button = new Button(getTranslation("workshop.reveal.show-figure", f.link().title()), e -> showFigure.accept(f));
            button.addClassName("show-figure");
            related.add(button);
        });
        add(new H2(getTranslation("workshop.play.answer", v.reveal().correctAnswer())), new Paragraph(v.reveal().explanation()), source, related);
    }

    /** The question's own figure (image questions) and the figures of the atlas pages that teach it. */
    private static List<FigureCard> relatedFigures(PresenterView v, FigureService figures) {
        List<FigureCard> cards = new ArrayList<>();
        if (v.question().prompt() instanceof Prompt.Spot spot) {
            figures.gallery().stream().filter(f -> f.link().id().equals(spot.figure())).forEach(cards::add);
        }
        v.reveal().pageIds().forEach(page -> figures.figuresFor(page).stream().filter(f -> !cards.contains(f))
                .forEach(cards::add));
        return cards.stream().limit(3).toList();
    }
}
