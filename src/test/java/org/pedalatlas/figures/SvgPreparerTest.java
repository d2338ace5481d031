package org.pedalatlas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Figure;
import org.pedalatlas.content.SourceRef;

class SvgPreparerTest {

    private static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><title>t</title>
            <g id="arteries"><path id="first-metatarsal-artery" d="M0 0 H10"/><path id="tarsal-artery" d="M0 9 H10"/></g>
            <g id="labels"><text id="label-fm">First metatarsal</text></g>
            <g id="step-a"/><g id="step-b"/></svg>""";

    private final Figure figure = new Figure("f", "Feet", "A foot.", "Long.", List.of("zone-3"),
            Map.of("s", new SourceRef("zone-3", "x")), List.of("s"), List.of(new Figure.Layer("labels", "Labels", false)),
            List.of(new Figure.Callout(1, "tarsal-artery", 40, 20, "Tarsal", null)),
            List.of(new Figure.Hotspot("first-metatarsal-artery", "first-metatarsal", "First metatarsal artery", List.of(), "label-fm"),
                    new Figure.Hotspot("tarsal-artery", "tarsal", "Tarsal artery", List.of(), null)),
            List.of(new Figure.Step("A", "a", List.of("step-a"), null), new Figure.Step("B", "b", List.of("step-b"), null)),
            SVG, "figures/f.yml");

    @Test
    void page_drawing_has_focusable_named_hotspots_layers_steps_and_callout_marks() {
        String svg = new SvgPreparer().forPage(figure);
        assertThat(svg).contains("data-hotspot=\"first-metatarsal-artery\"").contains("tabindex=\"0\"")
                .contains("role=\"link\"").contains("aria-label=\"First metatarsal artery\"")
                .contains("data-layer=\"labels\"").contains("data-label-for=\"first-metatarsal-artery\"")
                .contains("data-callout-mark=\"1\"").contains("data-steps=\" 1 \"");
        assertThat(svg.indexOf("id=\"step-b\"")).isPositive();
        assertThat(svg).containsPattern("id=\"step-b\"[^>]*display=\"none\"|display=\"none\"[^>]*id=\"step-b\"");
    }

    @Test
    void question_drawing_names_nothing() {
        String svg = new SvgPreparer().forQuestion(figure, id -> id.equals("tarsal-artery") ? "r1" : "r2");
        assertThat(svg).doesNotContain("first-metatarsal").doesNotContain("First metatarsal").doesNotContain("Tarsal")
                .doesNotContain("tarsal").doesNotContain("<title>")
                .doesNotContain("id=\"arteries\"").doesNotContain("step-a")
                .contains("data-region=\"r1\"").contains("data-region=\"r2\"").contains("aria-label=\"Region 1\"");
    }
}
