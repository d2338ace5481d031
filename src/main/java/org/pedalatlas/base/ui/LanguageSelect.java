package org.pedalatlas.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The language picker: each language named in itself ("Italiano", "Español"), so a reader finds theirs whatever
 * language the page is in. Labelled for screen readers; a native-feeling select, usable by keyboard (arrows, Enter).
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(Locale current, Consumer<Locale> chosen) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(LanguageSelect::ownName);
        setRenderer(new ComponentRenderer<>(LanguageSelect::item));
        setValue(Languages.of(current));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chosen.accept(e.getValue());
            }
        });
    }

    /**
     * The short form for a narrow place (the top bar): the field shows "IT", the list the full names. The field's
     * accessible name says what it is ("Language"); each name in the list is marked with its own language.
     */
    public LanguageSelect compact() {
        setItemLabelGenerator(l -> l.getLanguage().toUpperCase(Locale.ROOT));
        return this;
    }

    private static Span item(Locale language) {
        Span name = new Span(ownName(language));
        name.getElement().setAttribute("lang", language.getLanguage());
        return name;
    }

    /** "English", "Italiano", "Español": the language's name in that language, capitalised as a menu item. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
