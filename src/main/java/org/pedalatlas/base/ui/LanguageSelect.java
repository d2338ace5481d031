package org.pedalatlas.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;

/**
 * The language picker: each language named in itself ("Italiano", "Español"), so a reader finds theirs whatever
 * language the page is in. Labelled for screen readers; a native-feeling select, usable by keyboard (arrows, Enter).
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(Locale current, Consumer<Locale> chosen) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(LanguageSelect::ownName);
        setValue(Languages.of(current));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                chosen.accept(e.getValue());
            }
        });
    }

    /** "English", "Italiano", "Español": the language's name in that language, capitalised as a menu item. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
