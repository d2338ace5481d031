package org.pedalatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SourceReview.class)
class FigureValidationTest {

    private static final String YML = "figures/buddy.yml";
    private static final String SVG = "figures/buddy.svg";

    @TempDir
    Path temp;

    private List<ContentProblem> problemsAfter(String file, UnaryOperator<String> change) {
        try {
            ContentFixture.copyOfValid(temp).edit(file, change).load();
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("The broken figure loaded without complaint");
    }

    @Test
    void valid_figure_loads_with_its_annotations_and_drawing() {
        Figure figure = ContentFixture.copyOfValid(temp).load().figure("buddy").orElseThrow();
        assertThat(figure.layers()).extracting(Figure.Layer::id).containsExactly("labels", "devices");
        assertThat(figure.callouts().getFirst().x()).isEqualTo(125);
        assertThat(figure.hotspot("artery").orElseThrow().aliases()).containsExactly("target artery");
        assertThat(figure.steps()).extracting(Figure.Step::title).containsExactly("A", "B");
        assertThat(figure.svg()).startsWith("<svg");
    }

    @Test
    void unknown_key_in_annotations_is_named() {
        var problems = problemsAfter(YML, s -> s.replace("layers:", "layer:"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(YML);
            assertThat(p.message()).contains("unknown key 'layer'");
            assertThat(p.hint()).contains("layers");
        });
    }

    @Test
    void missing_alt_text_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replaceFirst("alt: .*\n", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(YML);
            assertThat(p.field()).isEqualTo("alt");
        });
    }

    @Test
    void missing_description_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replaceAll("description: >-\n(  .*\n)+", ""));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("description"));
    }

    @Test
    void figure_without_source_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("src: [buddy]\n", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("src");
            assertThat(p.message()).contains("cites no source");
        });
    }

    @Test
    void passage_not_in_the_source_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("adjacent to the artery", "next to the artery"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("sources.buddy.passage"));
    }

    @Test
    void hotspot_naming_an_element_missing_from_the_drawing_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("{id: artery,", "{id: arterie,"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(YML);
            assertThat(p.field()).isEqualTo("hotspots[0].id");
            assertThat(p.message()).contains("no element with id 'arterie' in buddy.svg");
            assertThat(p.line()).isEqualTo(17);
        });
    }

    @Test
    void callout_anchor_and_layer_missing_from_the_drawing_are_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("anchor: buddy", "anchor: budy")
                .replace("{id: devices,", "{id: needles,"));
        assertThat(problems).extracting(ContentProblem::field).containsExactlyInAnyOrder("callouts[0].anchor", "layers[1].id");
    }

    @Test
    void hotspot_opening_a_page_that_does_not_exist_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("page: dorsalis-pedis", "page: dorsal-pedis"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("hotspots[0].page");
            assertThat(p.message()).contains("no atlas page with id 'dorsal-pedis'");
        });
    }

    @Test
    void figure_page_that_does_not_exist_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("pages: [buddy-needle]", "pages: [buddy-needles]"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("pages"));
    }

    @Test
    void step_showing_a_missing_element_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("show: [buddy]", "show: [buddy, balloon]"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].show[1]");
            assertThat(p.message()).contains("'balloon'");
        });
    }

    @Test
    void step_without_caption_or_elements_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("caption: The artery alone., show: [artery]", "caption: \"\", show: []"));
        assertThat(problems).extracting(ContentProblem::field).containsExactlyInAnyOrder("steps[0].caption", "steps[0].show");
    }

    @Test
    void a_sequence_of_one_step_is_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("  - {title: B, caption: The buddy needle holds it., show: [buddy], src: buddy}\n", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps");
            assertThat(p.message()).contains("at least two steps");
        });
    }

    @Test
    void callouts_out_of_order_are_rejected() {
        var problems = problemsAfter(YML, s -> s.replace("{n: 1, anchor: buddy", "{n: 2, anchor: buddy"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("callouts[0].n"));
    }

    @Test
    void script_element_in_the_drawing_is_rejected_with_file_and_line() {
        var problems = problemsAfter(SVG, s -> s.replace("<title>", "<script>alert(1)</script><title>"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(SVG);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("<script> is not allowed");
        });
    }

    @Test
    void event_handler_attribute_is_rejected() {
        var problems = problemsAfter(SVG, s -> s.replace("<rect ", "<rect onclick=\"steal()\" "));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("event attribute 'onclick'"));
    }

    @Test
    void javascript_url_is_rejected() {
        var problems = problemsAfter(SVG, s -> s.replace("<g id=\"tissue\">", "<a href=\" java\tscript:steal()\"><g id=\"tissue\">")
                .replace("</g>\n  <g id=\"arteries\">", "</g></a>\n  <g id=\"arteries\">"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("script URL"));
    }

    @Test
    void foreign_object_is_rejected() {
        var problems = problemsAfter(SVG, s -> s.replace("<title>", "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject><title>"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("<foreignObject> is not allowed"));
    }

    @Test
    void external_href_and_external_css_are_rejected() {
        var problems = problemsAfter(SVG, s -> s.replace("<title>", "<image href=\"https://example.org/x.png\" width=\"1\" height=\"1\"/>"
                + "<style>rect { fill: url(https://example.org/a.svg#g) }</style><title>"));
        assertThat(problems).extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).contains("external href"))
                .anySatisfy(m -> assertThat(m).contains("<style> loads something from outside"));
    }

    @Test
    void internal_references_are_allowed() {
        Figure figure = ContentFixture.copyOfValid(temp).edit(SVG, s -> s.replace("<title>",
                "<defs><marker id=\"tip\"><path d=\"M0 0\"/></marker></defs><use href=\"#tip\"/><title>")
                .replace("stroke-width=\"8\"", "stroke-width=\"8\" style=\"marker-end: url(#tip)\"")).load()
                .figure("buddy").orElseThrow();
        assertThat(figure.svg()).contains("url(#tip)");
    }

    @Test
    void doctype_with_entities_is_rejected() {
        var problems = problemsAfter(SVG, s -> "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + s);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(SVG))
                .anySatisfy(p -> assertThat(p.message()).contains("DOCTYPE"));
    }

    @Test
    void malformed_drawing_is_rejected() {
        var problems = problemsAfter(SVG, s -> s.replace("</svg>", ""));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(SVG);
            assertThat(p.message()).contains("not well-formed XML");
        });
    }

    @Test
    void drawing_without_annotations_is_rejected() {
        ContentFixture fixture = ContentFixture.copyOfValid(temp).delete(YML);
        try {
            fixture.load();
            throw new AssertionError("loaded");
        } catch (ContentException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(SVG);
                assertThat(p.message()).contains("without annotations");
            });
        }
    }

    @Test
    void hotspot_question_on_an_existing_region_loads() {
        AtlasContent content = ContentFixture.copyOfValid(temp).write("questions/hotspots.yml", """
                questions:
                  - id: find-artery
                    type: hotspot
                    difficulty: 1
                    zones: []
                    topics: [anatomy]
                    pages: [buddy-needle]
                    stem: Select the artery.
                    hotspot: {figure: buddy, region: artery}
                    explanation: The buddy needle stands beside the artery.
                    src: {section: calcification, passage: "a second needle placed adjacent to the artery to act as support"}
                """).load();
        assertThat(content.questions()).extracting(Question::id).contains("find-artery");
    }
}
