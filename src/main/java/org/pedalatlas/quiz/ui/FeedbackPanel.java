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
        String verdict = f.correct() ? getTranslation("quiz.feedback.correct") : f.fraction() > 0
                ? getTranslation("quiz.feedback.partly", Math.round(f.fraction() * 100)) : getTranslation("quiz.feedback.wrong");
        H3 title = new H3(f.marks() == null ? verdict
                : getTranslation("quiz.feedback.with-marks", verdict, marks(f.marks(), getLocale())));
        addClassName(f.correct() ? "right" : "wrong");
        add(title);
        Paragraph yours = new Paragraph(getTranslation("quiz.feedback.yours", f.yourAnswer()));
        yours.addClassName("your-answer");
        add(yours);
        Reveal r = f.reveal();
        if (!f.correct()) {
            Paragraph key = new Paragraph(getTranslation("quiz.feedback.key", r.correctAnswer()));
            key.addClassName("correct-answer");
            add(key);
        }
        if (!r.options().isEmpty()) {
            UnorderedList options = new UnorderedList();
            options.addClassName("option-feedback");
            for (OptionLine o : r.options()) {
                Span mark = new Span(getTranslation(o.correct() ? "quiz.feedback.right-mark" : "quiz.feedback.wrong-mark"));
                mark.addClassName(o.correct() ? "ok" : "no");
                ListItem item = new ListItem(mark, new Span(" " + o.text() + (o.chosen() ? " " + getTranslation("quiz.feedback.your-choice") : "") + " — "
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
        Paragraph section = new Paragraph(getTranslation("quiz.feedback.source", r.sourceLabel()));
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
            Div read = new Div(new Span(getTranslation("quiz.feedback.read") + " "));
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

    /** "+2.5", "−6", "+2,5" in Italian: one decimal at most, a real minus sign, the page's decimal comma. */
    static String marks(double marks, java.util.Locale locale) {
        long rounded = Math.round(marks * 10);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        String text = format.format(Math.abs(rounded) / 10.0);
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : text;
    }
}
