package org.pedalatlas.content;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The content store: loads and validates content/ once at start-up and serves the immutable result.
 * A bad file throws here, so the application does not start half-taught.
 */
@Service
@EnableConfigurationProperties(ContentProperties.class)
public class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

    private final AtlasContent content;
    private final Map<String, Translation> translations;

    ContentStore(ContentProperties properties) {
        Optional<java.nio.file.Path> source = Optional.of(properties.sourceTextPath()).filter(Files::isRegularFile);
        if (source.isEmpty()) {
            log.info("Source review not found at {}: passages are not compared with its text in this run "
                    + "(the build's content test always compares them).", properties.sourceTextPath().toAbsolutePath());
        }
        long started = System.nanoTime();
        this.content = new ContentLoader().load(properties.dirPath(), source);
        this.translations = new TranslationLoader().load(properties.dirPath(), content);
        translations.values().forEach(t -> t.stale().forEach(s -> log.warn("Stale translation: {}", s)));
        log.info("Content and {} translation(s) loaded and validated in {} ms from {}: {} pages, {} glossary terms, "
                + "{} numbers (version {})", translations.size(), (System.nanoTime() - started) / 1_000_000,
                properties.dirPath().toAbsolutePath().normalize(), content.pages().size(), content.glossary().size(),
                content.numbers().size(), content.version());
    }

    public AtlasContent content() {
        return content;
    }

    /** The content in the locale's language, translated fields over English; English when there is no translation. */
    public AtlasContent content(Locale locale) {
        return translation(locale).map(Translation::content).orElse(content);
    }

    /** The translation for the locale's language, with its notes; empty for English and untranslated languages. */
    public Optional<Translation> translation(Locale locale) {
        return Optional.ofNullable(locale).map(Locale::getLanguage).map(translations::get);
    }

    /** The languages content is translated into, besides English. */
    public Set<String> languages() {
        return translations.keySet();
    }
}
