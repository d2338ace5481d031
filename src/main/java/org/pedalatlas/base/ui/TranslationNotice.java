package org.pedalatlas.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.pedalatlas.content.TranslationNote;

/**
 * The notes beside translated content: "not yet reviewed by a clinician" until a reviewer is recorded, and "the
 * English text has changed" when the translation is stale. A clinical reader must know when the words are not the
 * reviewed English ones. Shows nothing for English content.
 */
public class TranslationNotice extends Div {

    public TranslationNotice(Optional<TranslationNote> note) {
        addClassName("translation-notice");
        getElement().setAttribute("role", "note");
        // Inline so that no frontend bundle rebuild is needed; amber like a caution, not red like an error.
        getStyle().set("border-inline-start", "4px solid #b7791f").set("background", "#fff8e6")
                .set("padding", "0.35em 0.8em").set("margin", "0.5em 0 0.75em").set("border-radius", "4px");
        note.ifPresent(n -> {
            if (!n.reviewed()) {
                Paragraph unreviewed = new Paragraph(getTranslation("content.note.unreviewed"));
                unreviewed.getStyle().set("margin", "0.2em 0");
                unreviewed.addClassName("translation-unreviewed");
                add(unreviewed);
            }
            if (n.stale()) {
                Paragraph stale = new Paragraph(getTranslation("content.note.stale"));
                stale.getStyle().set("margin", "0.2em 0");
                stale.addClassName("translation-stale");
                add(stale);
            }
        });
        setVisible(getElement().getChildCount() > 0);
    }
}
