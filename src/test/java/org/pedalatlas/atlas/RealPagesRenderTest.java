package org.pedalatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.ContentLoader;
import org.pedalatlas.content.Translation;
import org.pedalatlas.content.TranslationLoader;

/** Every real atlas page renders with the real glossary: a term list that grows must never break a page. */
class RealPagesRenderTest {

    // rendering needs no copy of the source review: the passages are in the content files themselves
    private static final Path CONTENT = Path.of(System.getProperty("atlas.content.dir", "content"));

    @Test
    void every_real_page_renders_with_markers_and_glossary_terms() throws Exception {
        AtlasContent content = new ContentLoader().load(CONTENT, Optional.empty());
        assertEveryPageRenders(content, "en");
        PageRenderer renderer = new PageRenderer(content.source(), content.glossary());
        assertThatCode(() -> renderer.render(content.aboutMarkdown(), Map.of())).doesNotThrowAnyException();
    }

    /** Translated editions are rendered on first use, after start-up: a page that cannot render must fail here. */
    @Test
    void every_translated_page_renders_with_its_languages_glossary() throws Exception {
        Map<String, Translation> translations = new TranslationLoader().load(CONTENT,
                new ContentLoader().load(CONTENT, Optional.empty()));
        assertThat(translations).isNotEmpty();
        for (Translation t : translations.values()) {
            assertEveryPageRenders(t.content(), t.language());
        }
    }

    private static void assertEveryPageRenders(AtlasContent content, String language) {
        PageRenderer renderer = new PageRenderer(content.source(), content.glossary());
        for (AtlasPage page : content.pages()) {
            String label = language + " " + page.id();
            assertThatCode(() -> renderer.render(page.markdown(), page.sources())).as(label).doesNotThrowAnyException();
            assertThat(renderer.render(page.markdown(), page.sources())).as(label).doesNotContain("[§");
        }
    }
}
