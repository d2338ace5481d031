package org.pedalatlas.quiz.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.pedalatlas.bank.BankRecords.OptionLine;
import org.pedalatlas.bank.BankRecords.Reveal;
import org.pedalatlas.content.PageRef;
import org.pedalatlas.quiz.QuizRecords.Feedback;

/** Shows a revealed answer: verdict, the key, why each option is right or wrong, the source and what to read. */
final class FeedbackPanel extends Div {

    FeedbackPanel(Feedback f) {
        addClassName("feedback");
        setId("feedback");
        getElement().setAttribute("role", "status");
        String verdict = f.correct() ? "Correct" : f.fraction() > 0
                ? "Partly correct (" + Math.round(f.fraction() * 100) + " %)" : "Not correct";
        H3 title = new H3(verdict + (f.marks() == null ? "" : " · " + marks(f.marks()) + " marks"));
        addClassName(f.correct() ? "right" : "wrong");
        add(title);
        Paragraph yours = new Paragraph("Your answer: " + f.yourAnswer());
        yours.addClassName("your-answer");
        add(yours);
        Reveal r = f.reveal();
        if (!f.correct()) {
            Paragraph key = new Paragraph("Correct answer: " + r.correctAnswer());
            key.addClassName("correct-answer");
            add(key);
        }
        if (!r.options().isEmpty()) {
            UnorderedList options = new UnorderedList();
            options.addClassName("option-feedback");
            for (OptionLine o : r.options()) {
                Span mark = new Span(o.correct() ? "✓ right" : "✗ wrong");
                mark.addClassName(o.correct() ? "ok" : "no");
                ListItem item = new ListItem(mark, new Span(" " + o.text() + (o.chosen() ? " (your choice)" : "") + " — "
                        + o.why()));
                options.add(item);
            }
            add(options);
        }
        Paragraph explanation = new Paragraph(r.explanation());
        explanation.addClassName("explanation");
        Quote passage = new Quote();
        passage.setText("“" + r.sourcePassage() + "”");
        passage.addClassName("src-passage");
        Paragraph section = new Paragraph("Source › " + r.sourceLabel());
        section.addClassName("src-section");
        add(explanation, passage, section);
        if (!"en".equals(getLocale().getLanguage())) {
            // The passage quotes the English source; a translated explanation must not pass for a translated quote.
            passage.getElement().setAttribute("lang", "en");
            Paragraph english = new Paragraph(getTranslation("content.quote.english"));
            english.addClassName("src-lang");
            add(english);
        }
        if (!r.read().isEmpty()) {
            Div read = new Div(new Span("Read in the atlas: "));
            read.addClassName("read-more");
            for (PageRef link : r.read()) {
                read.add(new Anchor(link.href(), link.title()), new Span(" "));
            }
            add(read);
        }
    }

    @Tag("blockquote")
    static final class Quote extends HtmlContainer {
    }

    static String marks(double marks) {
        long rounded = Math.round(marks * 10);
        String text = rounded % 10 == 0 ? String.valueOf(rounded / 10) : String.valueOf(rounded / 10.0);
        return marks > 0 ? "+" + text : text.replace('-', '−');
    }
}
