package org.pedalatlas.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * Changes a page's language: remembered in this browser's cookie (and by the caller on the account), shown in
 * {@code <html lang>}, and the current route rebuilt with its layout in place, so the reader stays where they are
 * (the address, and everything the views keep on the server, are kept).
 */
public final class LanguageChoice {

    /** A year: a conference participant's phone should still know their language at next year's meeting. */
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private LanguageChoice() {
    }

    /** Switches the page to this language and rebuilds the current view in it. */
    public static void change(UI ui, Locale language) {
        remember(ui, language);
        ui.refreshCurrentRoute(true);
    }

    /**
     * Switches the page to this language and remembers it in this browser, without rebuilding: for a view that
     * re-labels itself ({@code LocaleChangeObserver}) because rebuilding would lose what the reader typed.
     */
    public static void remember(UI ui, Locale language) {
        Locale chosen = Languages.of(language);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; samesite=lax'",
                Languages.COOKIE, chosen.toLanguageTag(), COOKIE_SECONDS);
        show(ui, chosen);
    }

    /** Sets the page's language without rebuilding: for a page being created, or a view that re-renders itself. */
    public static void show(UI ui, Locale language) {
        Locale chosen = Languages.of(language);
        if (!chosen.equals(ui.getLocale())) {
            ui.setLocale(chosen);
        }
        ui.getElement().executeJs("document.documentElement.lang = $0", chosen.getLanguage());
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("base.connection.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("base.connection.gave-up"));
    }
}
