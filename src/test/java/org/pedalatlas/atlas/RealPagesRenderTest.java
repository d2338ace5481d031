package org.pedalatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.ContentLoader;
import org.pedalatlas.content.Translation;
import org.pedalatlas.content.TranslationLoader;

/** Every real atlas page renders with the real glossary: a term list that grows must never break a page. */
class RealPagesRenderTest {

    @Test
    void every_real_page_renders_with_markers_and_glossary_terms() throws Exception {
        // rendering needs no copy of the source review: the passages are in the content files themselves
        AtlasContent content = new ContentLoader().load(Path.of(System.getProperty("atlas.content.dir", "content")),
                Optional.empty());
        PageRenderer renderer = new PageRenderer(content.source(), content.glossary());
        for (AtlasPage page : content.pages()) {
            assertThatCode(() -> renderer.render(page.markdown(), page.sources())).as(page.id()).doesNotThrowAnyException();
            assertThat(renderer.render(page.markdown(), page.sources())).as(page.id()).doesNotContain("[§");
        }
        assertThatCode(() -> renderer.render(content.aboutMarkdown(), java.util.Map.of())).doesNotThrowAnyException();
    }

    /** Translated editions are rendered on first use, after start-up: a page that cannot render must fail here. */
    @Test
    void every_translated_page_renders_with_its_languages_glossary() throws Exception {
        Path dir = Path.of(System.getProperty("atlas.content.dir", "content"));
        AtlasContent english = new ContentLoader().load(dir, Optional.empty());
        var translations = new TranslationLoader().load(dir, english);
        assertThat(translations).isNotEmpty();
        for (Translation t : translations.values()) {
            PageRenderer renderer = new PageRenderer(t.content().source(), t.content().glossary());
            for (AtlasPage page : t.content().pages()) {
                assertThatCode(() -> renderer.render(page.markdown(), page.sources())).as(t.language() + " " + page.id())
                        .doesNotThrowAnyException();
            }
        }
    }
}
