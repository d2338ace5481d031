package org.pedalatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.AtlasContent;
import org.pedalatlas.content.AtlasPage;
import org.pedalatlas.content.ContentLoader;

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
}
