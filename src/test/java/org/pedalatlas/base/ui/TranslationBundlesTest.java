package org.pedalatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The bundles under {@code vaadin-i18n/} are complete and agree with each other: every English key has an Italian
 * and a Spanish text, no translation has a key English lacks, and each text survives {@link MessageFormat} the way
 * Vaadin's {@code DefaultI18NProvider} uses it (a message with placeholders must double its apostrophes, or they
 * vanish along with the text they quote; one without must not, or readers see two).
 */
class TranslationBundlesTest {

    private static final List<String> TRANSLATIONS = List.of("it", "es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void every_english_key_has_an_italian_and_a_spanish_text() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : TRANSLATIONS) {
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(bundle("_" + language).stringPropertyNames());
            assertThat(missing).as("keys missing from translations_%s.properties", language).isEmpty();
        }
    }

    @Test
    void no_translation_has_a_key_that_english_lacks() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : TRANSLATIONS) {
            Set<String> extra = new TreeSet<>(bundle("_" + language).stringPropertyNames());
            extra.removeAll(english);
            assertThat(extra).as("keys only in translations_%s.properties", language).isEmpty();
        }
    }

    @Test
    void no_text_is_empty_and_each_keeps_the_placeholders_of_the_english_one() throws IOException {
        Properties english = bundle("");
        List<String> problems = new ArrayList<>();
        for (String language : TRANSLATIONS) {
            Properties translated = bundle("_" + language);
            for (String key : translated.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text.isBlank()) {
                    problems.add(language + " " + key + ": empty");
                }
                if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(language + " " + key + ": placeholders " + placeholders(text) + ", English has "
                            + placeholders(english.getProperty(key)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void apostrophes_survive_message_format() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String suffix : List.of("", "_it", "_es")) {
            Properties texts = bundle(suffix);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = PLACEHOLDER.matcher(text).find();
                if (formatted) {
                    String shown = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1, 1, 1, 1, 1});
                    if (text.replace("''", "").contains("'") || shown.contains("{")) {
                        problems.add("translations" + suffix + " " + key + ": single ' in a message with placeholders");
                    }
                } else if (text.contains("''")) {
                    problems.add("translations" + suffix + " " + key + ": '' in a message without placeholders");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group()));
        return found;
    }

    static Properties bundle(String suffix) throws IOException {
        String name = "/vaadin-i18n/translations" + suffix + ".properties";
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
