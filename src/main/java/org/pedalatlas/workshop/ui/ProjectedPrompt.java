package org.pedalatlas.workshop.ui;

import org.pedalatlas.base.Words;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.pedalatlas.bank.Prompt;

/**
 * What the projector shows under the stem, so the back of the hall can read the choices too: the same choices in
 * the same order as every phone (the session's stored shuffle), or what kind of answer the phones ask for.
 */
final class ProjectedPrompt {

    private ProjectedPrompt() {
    }

    static Component of(Prompt prompt) {
        Div box = new Div();
        box.setId("projected-prompt");
        box.addClassName("projected-prompt");
        switch (prompt) {
            case Prompt.OneOf one -> box.add(choices(one.choices()));
            case Prompt.AnyOf any -> box.add(hint(Words.get("workshop.prompt.any")), choices(any.choices()));
            case Prompt.TrueOrFalse ignored -> box.add(hint(Words.get("workshop.prompt.true-false")));
            case Prompt.Number number -> box.add(hint(number.unit().isBlank() ? Words.get("workshop.prompt.number")
                    : Words.get("workshop.prompt.number-unit", number.unit())));
            case Prompt.Order order -> box.add(hint(Words.get("workshop.prompt.order")), choices(order.items()));
            case Prompt.Match match -> {
                UnorderedList lefts = new UnorderedList();
                match.lefts().forEach(l -> lefts.add(new ListItem(l)));
                box.add(hint(Words.get("workshop.prompt.match")), lefts, choices(match.rights()));
                box.addClassName("match");
            }
            case Prompt.Spot ignored -> box.add(hint(Words.get("workshop.prompt.spot")));
        }
        return box;
    }

    /** Unlettered, as on the phones: a letter on the screen that no phone shows would only send people looking. */
    private static UnorderedList choices(List<Prompt.Choice> choices) {
        UnorderedList list = new UnorderedList();
        list.addClassName("projected-choices");
        choices.forEach(c -> list.add(new ListItem(c.text())));
        return list;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("projected-hint");
        return p;
    }
}
