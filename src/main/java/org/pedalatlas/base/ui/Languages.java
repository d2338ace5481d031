package org.pedalatlas.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages and how a page's language is chosen: the learner's account first (so signing in from any
 * browser brings their language back), then the cookie this browser was given when someone chose a language, then
 * the browser's own {@code Accept-Language} list, then English. Pure logic, so the order is tested without a server.
 */
public final class Languages {

    /** English first: it is the bundles' fallback and the language of anything not asked for. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.forLanguageTag("es"));

    /** The cookie that remembers a choice in this browser; only a language tag, nothing personal. */
    public static final String COOKIE = "atlas-lang";

    private Languages() {
    }

    /** The supported language with this tag's language ("it-IT" is Italian), if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The supported language of this locale, else English. */
    public static Locale of(Locale locale) {
        return locale == null ? Locale.ENGLISH : supported(locale.toLanguageTag()).orElse(Locale.ENGLISH);
    }

    /**
     * The page's language: account, then cookie, then the first of the browser's languages that the atlas speaks,
     * then English.
     */
    public static Locale choose(Optional<String> account, Optional<String> cookie, List<Locale> browser) {
        return account.flatMap(Languages::supported)
                .or(() -> cookie.flatMap(Languages::supported))
                .or(() -> browser.stream().map(l -> supported(l.toLanguageTag())).flatMap(Optional::stream).findFirst())
                .orElse(Locale.ENGLISH);
    }
}
