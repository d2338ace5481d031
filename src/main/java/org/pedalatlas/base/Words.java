package org.pedalatlas.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * Words for people from code that is not a component: refusals, enum labels, answer texts. On a page they come from
 * Vaadin's {@link I18NProvider} in the page's language ({@code UI.getCurrent().getLocale()}); with no page (a unit
 * test, the content checker, an export command) from the English bundle, so those keep reading English.
 */
public final class Words {

    static final String BUNDLE = "vaadin-i18n/translations";

    private Words() {
    }

    /** The text for {@code key} in the current page's language, {@code {0}}… filled from {@code args}. */
    public static String get(String key, Object... args) {
        UI ui = UI.getCurrent();
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
        if (ui != null && provider != null) {
            return provider.getTranslation(key, ui.getLocale(), args);
        }
        return english(key, args);
    }

    /**
     * The text for {@code key} in {@code locale}: for HTML served before a page exists (its first paint). English
     * when no Vaadin service is running.
     */
    public static String in(Locale locale, String key, Object... args) {
        VaadinService service = VaadinService.getCurrent();
        I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
        return provider == null ? english(key, args) : provider.getTranslation(key, locale, args);
    }

    /** The current page's language; English with no page. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The English text, whatever page is current: for English documents (printed handouts, exports). */
    public static String english(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
