package org.pedalatlas.trees.ui;

import org.pedalatlas.base.Words;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.pedalatlas.content.PageRef;
import org.pedalatlas.trees.SourceNote;

/** Pieces shared by the tree and case views: numbered choice buttons, source passages and atlas links. */
final class Parts {

    private Parts() {
    }

    /** A large choice button; {@code number} (1-based) is also its keyboard key. */
    static Button choice(int number, String label, Runnable action) {
        Span key = new Span(String.valueOf(number));
        key.addClassName("choice-key");
        key.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(label);
        text.addClassName("choice-label");
        Button button = new Button();
        button.getElement().appendChild(key.getElement(), text.getElement());
        button.setId("choice-" + number);
        button.addClassName("choice");
        button.getElement().setAttribute("aria-keyshortcuts", String.valueOf(number));
        button.addClickListener(e -> action.run());
        return button;
    }

    /**
     * The pressed choice button is gone once the next node shows, so focus would fall back to the page: move it to
     * the new heading instead, so a screen reader announces the step and Tab continues from there.
     */
    static void focusOnArrival(Component heading, boolean afterAChoice) {
        heading.getElement().setAttribute("tabindex", "-1");
        if (afterAChoice) {
            heading.getElement().executeJs("this.focus({preventScroll: false})");
        }
    }

    static Div choices(List<Button> buttons) {
        Div box = new Div();
        box.addClassName("choices");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", Words.get("trees.choices", buttons.size()));
        buttons.forEach(box::add);
        return box;
    }

    static Component sources(List<SourceNote> notes) {
        Div box = new Div();
        box.addClassName("node-sources");
        Span heading = new Span(Words.get(notes.size() == 1 ? "trees.source" : "trees.sources"));
        heading.addClassName("label");
        box.add(heading);
        for (SourceNote note : notes) {
            Span where = new Span(" — " + note.label());
            where.addClassName("muted");
            Div quote = new Div(new Span("“" + note.passage() + "”"), where);
            quote.addClassName("source-note");
            box.add(quote);
        }
        return box;
    }

    static Component pages(String heading, List<PageRef> pages) {
        Div box = new Div();
        box.addClassName("node-pages");
        if (pages.isEmpty()) {
            return box;
        }
        Span label = new Span(heading);
        label.addClassName("label");
        UnorderedList list = new UnorderedList();
        pages.forEach(p -> list.add(new ListItem(new Anchor(p.href(), p.title()))));
        box.add(label, list);
        return box;
    }

    static Button tool(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
